package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;

/** Each unit's own figures over time, and their roll-up over a subtree as of any date. */
public interface UnitFigures {

  /** Records the unit's own figures from the date on (until a later record, if any). */
  void record(long unitId, LocalDate from, Headcount headcount);

  /** The unit's own figures valid on the date, if any were recorded by then. */
  Optional<Headcount> ownOn(long unitId, LocalDate date);

  /**
   * The figures of the unit's subtree as the hierarchy stood on the date: one indexed query over
   * the placements valid then, whatever moved, merged or split since.
   */
  RollUp rollUp(long unitId, LocalDate date);

  /**
   * The figures of the subtree on its date, per group of its {@link Subtree#grouping()} (childId
   * null: the root's own, or the units in no sector or cluster). Units that had ended by then count
   * nothing, as in {@link #rollUp(long, LocalDate)}.
   */
  List<GroupTotals> rollUp(Subtree subtree);

  /**
   * The records behind an organisation figure of the subtree: {@code grassrootsUnits}, the
   * grassroots unions standing on its date (the union itself, no unit beside it; its sector as the
   * note). {@code childId}: null for all, 0 for the group whose child_id is null; {@code from},
   * {@code to} and {@code argument} are not used.
   */
  Paged<FigureRecord> records(
      Subtree subtree,
      Long childId,
      LocalDate from,
      LocalDate to,
      String figure,
      String argument,
      int page,
      int size);

  record GroupTotals(Long childId, Totals totals) {}
}
