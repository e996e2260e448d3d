package vn.thidua.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.thidua.contest.ContestFigures.ContestTally;
import vn.thidua.honours.HonourFigures.HonourTally;
import vn.thidua.initiative.InitiativeFigures.InitiativeTally;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.movement.MovementFigures.MovementTally;
import vn.thidua.organisation.Totals;

/** Adds up the modules' tallies for one unit below, or for the whole subtree. */
final class FigureSums {

  private Totals organisation = Totals.ZERO;
  private long movementsLaunched;
  private long unitsRegistered;
  private long registrationsApproved;
  private long initiativesSubmitted;
  private final Map<RecognitionLevel, Long> recognised = new EnumMap<>(RecognitionLevel.class);
  private long benefitVnd;
  private long contestsHeld;
  private long contestEntries;
  private long prizesWon;
  private final List<ReviewHonours.Granted> honours = new ArrayList<>();

  FigureSums organisation(Totals totals) {
    organisation = organisation.plus(totals);
    return this;
  }

  void add(MovementTally tally) {
    movementsLaunched += tally.launched();
    unitsRegistered += tally.unitsRegistered();
    registrationsApproved += tally.registrationsApproved();
  }

  void add(InitiativeTally tally) {
    initiativesSubmitted += tally.submitted();
    if (tally.level() != null) {
      recognised.merge(tally.level(), tally.recognised(), Long::sum);
    }
    benefitVnd += tally.benefitVnd();
  }

  void add(ContestTally tally) {
    contestsHeld += tally.contestsHeld();
    contestEntries += tally.entries();
    prizesWon += tally.prizesWon();
  }

  void add(HonourTally tally) {
    ReviewHonours.Granted granted =
        new ReviewHonours.Granted(
            tally.honourId(),
            tally.honourCode(),
            tally.grade(),
            tally.kind(),
            tally.recipient(),
            tally.honourName(),
            tally.gradeName(),
            tally.granted(),
            tally.directWorkers(),
            tally.women(),
            tally.smallCollectives());
    for (int i = 0; i < honours.size(); i++) {
      if (honours.get(i).sameAs(granted)) {
        honours.set(i, honours.get(i).plus(granted));
        return;
      }
    }
    honours.add(granted);
  }

  ReviewFigures figures(Long recognisedAuthors) {
    return new ReviewFigures(
        organisation,
        movementsLaunched,
        unitsRegistered,
        registrationsApproved,
        initiativesSubmitted,
        recognised,
        benefitVnd,
        recognisedAuthors,
        contestsHeld,
        contestEntries,
        prizesWon,
        new ReviewHonours(honours));
  }

  boolean isEmpty() {
    return figures(null).equals(new FigureSums().figures(null));
  }
}
