package vn.thidua.contest;

import java.time.LocalDate;
import java.util.List;

/**
 * Contest prizes as achievements, for the modules that weigh them (titles and awards). It does not
 * check who asks: a caller acting for a user checks that the user may see the person or the unit.
 */
public interface ContestPrizes {

  /** The prizes the person won, alone or in a team, in contests finished in the period. */
  List<PrizeWon> ofPerson(long personId, LocalDate from, LocalDate to);

  /**
   * The prizes won by entrants the unit or a unit below it registered, in contests finished in the
   * period.
   */
  List<PrizeWon> ofUnit(long unitId, LocalDate from, LocalDate to);
}
