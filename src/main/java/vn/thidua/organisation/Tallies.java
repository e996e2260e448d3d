package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * The figure ledger: sums of records by unit and calendar month that the modules keep with their
 * triggers ({@code add_unit_tallies}, V63), rolled up over the hierarchy on every place each unit
 * has had, so that a review of a subtree reads a few rows per unit below instead of its records.
 *
 * <p>Figures are named {@code <module>/<name>[/<argument>...]}. The ledger answers exactly what
 * counting the records under {@link Subtree#placed()} would — each record under its unit as the
 * subtree places it on its date — for periods of whole calendar months, grouped by unit below.
 */
public interface Tallies {

  /** True when the ledger answers this subtree and period: grouped by unit below, whole months. */
  boolean covers(Subtree subtree, LocalDate from, LocalDate to);

  /**
   * The sums of the figures whose names start with {@code prefix} over the period, per unit below
   * ({@code childId} null: the root's own records). Only where {@link #covers} is true.
   */
  List<Tally> sum(Subtree subtree, LocalDate from, LocalDate to, String prefix);

  /**
   * Like {@link #sum}, over every month up to {@code to}'s from the beginning of time: for figures
   * that name the period they belong to (e.g. a run of months) and are filtered by their names.
   * Only where {@link #covers} is true for {@code to}'s month.
   */
  List<Tally> sumUpTo(Subtree subtree, LocalDate to, String prefix);

  /** True when the period runs from the first day of a month to the last day of a month. */
  static boolean wholeMonths(LocalDate from, LocalDate to) {
    return from.getDayOfMonth() == 1
        && to.equals(to.withDayOfMonth(to.lengthOfMonth()))
        && !from.isAfter(to);
  }

  /** A figure's sum under a unit below (null: the root's own). */
  record Tally(Long childId, String figure, long amount) {}
}
