package vn.thidua.people;

import java.io.OutputStream;

/**
 * The registry as the signed-in user may use it: people of units the user cannot see do not exist
 * for them (not found), and only officers and administrators of a unit change its people.
 */
public interface PeopleRegistry {

  /** A page of the people the user may see, filtered by unit subtree and name. */
  PersonPage search(PersonSearch search);

  /** The person, or "not found" when the user may not see their unit. */
  PersonView get(long personId);

  PersonView create(NewPerson person);

  /** Saves the changes, refused with a conflict when the record changed since it was read. */
  PersonView update(long personId, PersonChanges changes);

  /**
   * Removes a record entered by mistake. People who leave are not deleted but marked with the day
   * they left, so that their titles and awards keep their history.
   */
  void delete(long personId, int version);

  /** Writes the whole list the search describes (all pages) as an .xlsx workbook. */
  void export(PersonSearch search, OutputStream out);

  /** The largest list {@link #export} writes; a larger one is refused with a message. */
  int EXPORT_LIMIT = 100_000;
}
