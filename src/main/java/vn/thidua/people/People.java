package vn.thidua.people;

import java.util.List;
import java.util.Optional;

/**
 * The people module's facade for other modules and for loaders. It checks the data, not the
 * signed-in user's scope: a caller acting for a user checks that the user may change the unit
 * ({@code OrgUnits.requireChangeable}) before registering, and may see it before showing a person.
 * Every registration is recorded in the audit log.
 */
public interface People {

  /** Registers one worker and returns their id; refuses bad data with {@link InvalidPerson}. */
  long register(NewPerson person);

  /**
   * Registers many workers in one transaction, in batches: all of them or, when any is refused,
   * none. Returns how many were registered.
   */
  int registerAll(List<NewPerson> people);

  Optional<PersonView> find(long personId);

  /** How many people work today in the unit and the units below it. */
  long countInSubtree(long unitId);
}
