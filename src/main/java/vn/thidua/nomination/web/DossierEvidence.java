package vn.thidua.nomination.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.achievement.AchievementRecord;
import vn.thidua.achievement.Achievements;
import vn.thidua.honours.HonourHeld;
import vn.thidua.honours.Honours;
import vn.thidua.nomination.NominationView;
import vn.thidua.nomination.Nominations;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.RoundView;

/**
 * The evidence a nomination's page lists beside the dossier: the nominee's recognised initiatives
 * and contest prizes in the round's period, and the honours they held in the five years before. The
 * nomination was read as the user may see it, so its nominee is within their reach.
 */
@Component
class DossierEvidence {

  static final int EARLIER_YEARS = 5;

  record Evidence(
      LocalDate from, LocalDate to, AchievementRecord achievements, List<HonourHeld> earlier) {}

  private final Nominations nominations;
  private final Achievements achievements;
  private final Honours honours;

  DossierEvidence(Nominations nominations, Achievements achievements, Honours honours) {
    this.nominations = nominations;
    this.achievements = achievements;
    this.honours = honours;
  }

  Evidence of(NominationView nomination) {
    RoundView round = nominations.round(nomination.roundId());
    int year = round.year();
    if (nomination.recipient() == NomineeKind.INDIVIDUAL) {
      return new Evidence(
          round.periodFrom(),
          round.periodTo(),
          achievements.ofPerson(nomination.personId(), round.periodFrom(), round.periodTo()),
          honours.heldByPerson(nomination.personId(), year - EARLIER_YEARS, year));
    }
    return new Evidence(
        round.periodFrom(),
        round.periodTo(),
        achievements.ofUnit(nomination.collectiveUnitId(), round.periodFrom(), round.periodTo()),
        honours.heldByUnit(nomination.collectiveUnitId(), year - EARLIER_YEARS, year));
  }
}
