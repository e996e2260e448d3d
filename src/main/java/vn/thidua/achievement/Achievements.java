package vn.thidua.achievement;

import java.time.LocalDate;

/**
 * The achievements the awards module weighs: recognised initiatives and contest prizes. It does not
 * check who asks; a caller acting for a user checks that the user may see the person or the unit.
 */
public interface Achievements {

  /** The initiatives the person co-authored recognised in the period, and the prizes they won. */
  AchievementRecord ofPerson(long personId, LocalDate from, LocalDate to);

  /**
   * The unit's and its subtree's initiatives recognised in the period, and the prizes its entrants
   * won.
   */
  AchievementRecord ofUnit(long unitId, LocalDate from, LocalDate to);
}
