package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's figures as of a date: its own, those of each unit directly below it (each summed over
 * its own subtree), and the total over the whole subtree.
 */
public record RollUp(
    UnitSummary unit, LocalDate asOf, Totals own, List<ChildTotals> children, Totals total) {

  public record ChildTotals(UnitSummary unit, Totals totals) {}
}
