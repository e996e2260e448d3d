package vn.thidua.honours;

/** A title (danh hiệu thi đua) or an award form (hình thức khen thưởng). */
public enum HonourKind {
  TITLE,
  AWARD
}
