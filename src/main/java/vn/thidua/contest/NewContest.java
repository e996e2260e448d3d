package vn.thidua.contest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contest a unit organises for the units below it.
 *
 * @param trade the trade or skill contested (nghề thi), e.g. "Hàn điện"
 * @param registrationClosesOn the last day units may register entrants
 * @param scaleMin the lowest mark a judge may give
 * @param scaleMax the highest mark a judge may give
 * @param rounds the rounds in order; their weights say how much each counts in the final score
 * @param prizes the prizes in order (Giải Nhất first), each covering a number of positions
 */
public record NewContest(
    Long unitId,
    String name,
    String trade,
    String description,
    LocalDate heldFrom,
    LocalDate heldTo,
    LocalDate registrationClosesOn,
    EntryKind entryKind,
    BigDecimal scaleMin,
    BigDecimal scaleMax,
    List<RoundPlan> rounds,
    List<PrizePlan> prizes) {

  public NewContest {
    rounds = rounds == null ? List.of() : List.copyOf(rounds);
    prizes = prizes == null ? List.of() : List.copyOf(prizes);
  }

  public record RoundPlan(String name, LocalDate heldOn, Integer weight) {}

  public record PrizePlan(String name, Integer places) {}
}
