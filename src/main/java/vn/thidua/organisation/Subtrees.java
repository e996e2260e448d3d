package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.Optional;

/** Locates a unit's subtree as the hierarchy stood on a date. */
public interface Subtrees {

  /**
   * The unit's subtree on the date, or on its last day if it had ended by then; empty when the unit
   * did not exist yet. It does not check who asks.
   */
  Optional<Subtree> find(long unitId, LocalDate asOf);
}
