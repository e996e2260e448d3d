package vn.thidua.achievement;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.contest.ContestPrizes;
import vn.thidua.initiative.RecognisedInitiatives;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional(readOnly = true)
class AchievementBook implements Achievements {

  private final RecognisedInitiatives initiatives;
  private final ContestPrizes prizes;

  AchievementBook(RecognisedInitiatives initiatives, ContestPrizes prizes) {
    this.initiatives = initiatives;
    this.prizes = prizes;
  }

  @Override
  public AchievementRecord ofPerson(long personId, LocalDate from, LocalDate to) {
    requirePeriod(from, to);
    return new AchievementRecord(
        from, to, initiatives.ofPerson(personId, from, to), prizes.ofPerson(personId, from, to));
  }

  @Override
  public AchievementRecord ofUnit(long unitId, LocalDate from, LocalDate to) {
    requirePeriod(from, to);
    return new AchievementRecord(
        from, to, initiatives.ofUnit(unitId, from, to), prizes.ofUnit(unitId, from, to));
  }

  private static void requirePeriod(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw DomainException.invalid("achievement.period.missing");
    }
    if (to.isBefore(from)) {
      throw DomainException.invalid("achievement.period.reversed");
    }
  }
}
