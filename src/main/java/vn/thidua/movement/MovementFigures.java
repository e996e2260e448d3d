package vn.thidua.movement;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.Subtree;

/** Movement counts over a subtree and a period, for reviews. It does not check who asks. */
public interface MovementFigures {

  /**
   * Per unit directly below the subtree's root (null for the root's own): movements its units
   * launched in the period, by kind, and its units' registrations to movements running in the
   * period.
   */
  List<MovementTally> tally(Subtree subtree, LocalDate from, LocalDate to);

  record MovementTally(
      Long childId,
      long launchedRegular,
      long launchedThematic,
      long launchedCampaign,
      long unitsRegistered,
      long registrationsApproved) {

    public long launched() {
      return launchedRegular + launchedThematic + launchedCampaign;
    }
  }
}
