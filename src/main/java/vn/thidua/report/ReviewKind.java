package vn.thidua.report;

/** The reviews a union holds: after six or nine months, at the end of a year or of a term. */
public enum ReviewKind {
  /** Sơ kết 6 tháng: January to June. */
  HALF_YEAR,
  /** Sơ kết 9 tháng: January to September. */
  NINE_MONTHS,
  /** Tổng kết năm: the calendar year. */
  YEAR,
  /** Tổng kết 5 năm: five calendar years ending with the year named. */
  FIVE_YEARS,
  /** Any range of days. */
  RANGE
}
