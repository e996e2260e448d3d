package vn.thidua.movement;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.Subtree;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;

/** Movement counts over a subtree and a period, for reviews. It does not check who asks. */
public interface MovementFigures {

  /**
   * Per unit directly below the subtree's root (null for the root's own): movements its units
   * launched in the period, by kind, and its units' registrations to movements running in the
   * period.
   */
  List<MovementTally> tally(Subtree subtree, LocalDate from, LocalDate to);

  /**
   * The records behind a figure of {@link #tally}: {@code launched} (movements), {@code
   * unitsRegistered} (units, with the movements they registered for) or {@code
   * registrationsApproved}. {@code childId}: null for the whole subtree, 0 for the group whose
   * child_id is null, else that group's; {@code argument} is not used. 404 for another figure.
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
