package vn.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Rounds of earlier years, recorded as they ended, for loaders (the demo, a migration from paper
 * records). It checks the data, not the signed-in user's scope, and records the council's votes and
 * every nomination's history as they happened.
 */
public interface NominationHistory {

  /** Records the round with its nominations approved or not by its council; returns its id. */
  long recordFinishedRound(FinishedRound round);

  /**
   * A round as it ended.
   *
   * @param council the members who voted: all agree on an approved nomination, half disagree on one
   *     not approved
   * @param reviewedAt when the council sat; the history's steps are dated before it
   */
  record FinishedRound(
      long unitId,
      String name,
      int year,
      LocalDate deadline,
      Threshold threshold,
      HonourRef honour,
      List<CouncilMember> council,
      Instant reviewedAt,
      List<PastNomination> nominations) {

    public FinishedRound {
      council = List.copyOf(council);
      nominations = List.copyOf(nominations);
    }
  }

  /** A council member by their login. */
  record CouncilMember(long userId, String username, String fullName) {}

  /** One person's nomination and how it ended; a reason is required when not approved. */
  record PastNomination(
      long proposingUnitId,
      long personId,
      String nomineeName,
      String achievements,
      boolean approved,
      String reason) {}
}
