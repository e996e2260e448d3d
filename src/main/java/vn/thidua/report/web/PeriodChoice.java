package vn.thidua.report.web;

import java.time.LocalDate;
import vn.thidua.report.ReviewKind;
import vn.thidua.report.ReviewPeriod;
import vn.thidua.shared.web.DomainException;

/**
 * The period a request asks for: a kind and a year, or a range of days; the current year when
 * nothing is given.
 */
record PeriodChoice(ReviewKind kind, Integer year, LocalDate from, LocalDate to) {

  ReviewPeriod period(int currentYear) {
    ReviewKind chosen = kind == null ? ReviewKind.YEAR : kind;
    if (chosen == ReviewKind.RANGE) {
      if (from == null || to == null) {
        throw DomainException.invalid("review.range.needsDates");
      }
      return ReviewPeriod.range(from, to);
    }
    return ReviewPeriod.of(chosen, year == null ? currentYear : year);
  }
}
