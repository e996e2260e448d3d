package vn.thidua.decision;

/**
 * A unit's own choice for its decisions' letterhead: the symbol after "QĐ-" and the place before
 * the date. Read by users who see the unit, changed by its officers.
 */
public interface LetterheadChoices {

  LetterheadChoice of(long unitId);

  /**
   * Records the unit's choice on the version the officer saw; a blank field goes back to the
   * default. Refused, changing nothing, for a symbol with spaces or "/" or longer than 20
   * characters, or a place longer than 100.
   */
  LetterheadChoice choose(long unitId, int version, LetterheadChange change);
}
