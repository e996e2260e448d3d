package vn.thidua.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;

/** The days a review covers, both included, and how to find the period it is compared with. */
public record ReviewPeriod(ReviewKind kind, LocalDate from, LocalDate to) {

  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2200;

  public ReviewPeriod {
    if (to.isBefore(from)) {
      throw DomainException.invalid("review.range.order", Dates.format(from), Dates.format(to));
    }
  }

  /** The period of a review of the given kind named by its (last) year. */
  public static ReviewPeriod of(ReviewKind kind, int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw DomainException.invalid("review.year.range", FIRST_YEAR, LAST_YEAR);
    }
    return switch (kind) {
      case HALF_YEAR -> new ReviewPeriod(kind, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
      case NINE_MONTHS ->
          new ReviewPeriod(kind, LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30));
      case YEAR -> new ReviewPeriod(kind, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      case FIVE_YEARS ->
          new ReviewPeriod(kind, LocalDate.of(year - 4, 1, 1), LocalDate.of(year, 12, 31));
      case RANGE -> throw DomainException.invalid("review.range.needsDates");
    };
  }

  public static ReviewPeriod range(LocalDate from, LocalDate to) {
    return new ReviewPeriod(ReviewKind.RANGE, from, to);
  }

  /**
   * The period compared with: the same months a year (or a term) earlier; for a range, as many days
   * just before it.
   */
  public ReviewPeriod previous() {
    return switch (kind) {
      case HALF_YEAR, NINE_MONTHS, YEAR ->
          new ReviewPeriod(kind, from.minusYears(1), to.minusYears(1));
      case FIVE_YEARS -> new ReviewPeriod(kind, from.minusYears(5), to.minusYears(5));
      case RANGE -> {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        yield new ReviewPeriod(kind, from.minusDays(days), from.minusDays(1));
      }
    };
  }

  /** The day the hierarchy and the figures are taken at: the last day, or today if it is later. */
  public LocalDate asOf(LocalDate today) {
    return to.isAfter(today) ? today : to;
  }
}
