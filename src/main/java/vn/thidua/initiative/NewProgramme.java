package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme a unit launches for the units below it.
 *
 * @param target the launching unit's own target: how many recognised initiatives it aims at
 * @param publicBoard whether its leaderboard is shown to everyone, without signing in
 * @param windows the periods in which initiatives are submitted to it
 */
public record NewProgramme(
    Long unitId,
    String name,
    String description,
    LocalDate startsOn,
    LocalDate endsOn,
    Boolean publicBoard,
    Integer target,
    List<Window> windows) {

  public NewProgramme {
    windows = windows == null ? List.of() : List.copyOf(windows);
  }

  public record Window(String name, LocalDate opensOn, LocalDate closesOn) {}
}
