package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.Optional;

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
}
