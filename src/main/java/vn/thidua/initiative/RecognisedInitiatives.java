package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * Recognised initiatives as achievements, for the modules that weigh them (titles and awards). It
 * does not check who asks: a caller acting for a user checks that the user may see the person or
 * the unit.
 */
public interface RecognisedInitiatives {

  /**
   * Each recognition, decided in the period (both days included), of an initiative the person
   * co-authored.
   */
  List<Recognition> ofPerson(long personId, LocalDate from, LocalDate to);

  /**
   * Each recognition, decided in the period, of an initiative of the unit or a unit below it (as
   * the tree stands now).
   */
  List<Recognition> ofUnit(long unitId, LocalDate from, LocalDate to);
}
