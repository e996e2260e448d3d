package vn.thidua.achievement;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.contest.PrizeWon;
import vn.thidua.initiative.Recognition;

/** A person's or a unit's achievements in a period (both days included). */
public record AchievementRecord(
    LocalDate from, LocalDate to, List<Recognition> initiatives, List<PrizeWon> prizes) {

  public AchievementRecord {
    initiatives = List.copyOf(initiatives);
    prizes = List.copyOf(prizes);
  }

  public boolean isEmpty() {
    return initiatives.isEmpty() && prizes.isEmpty();
  }
}
