package vn.thidua.contest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A contest with its rounds, entrants, marks and results, and what the user may do in it. */
public record ContestView(
    long id,
    long unitId,
    String unitName,
    String name,
    String trade,
    String description,
    LocalDate heldFrom,
    LocalDate heldTo,
    LocalDate registrationClosesOn,
    EntryKind entryKind,
    BigDecimal scaleMin,
    BigDecimal scaleMax,
    ContestStatus status,
    LocalDate finishedOn,
    List<RoundView> rounds,
    List<NewContest.PrizePlan> prizes,
    List<Entrant> entrants,
    List<MarkView> marks,
    Actions actions,
    int version) {

  public record RoundView(long id, String name, LocalDate heldOn, int weight) {}

  /**
   * @param averages the average mark in each round, in the rounds' order; null where none yet
   */
  public record Entrant(
      long id,
      long unitId,
      String unitName,
      Long personId,
      String teamName,
      String name,
      List<String> members,
      LocalDate registeredOn,
      List<BigDecimal> averages,
      BigDecimal finalScore,
      Integer rank,
      String prize) {}

  public record MarkView(long roundId, long registrationId, String judgeName, BigDecimal points) {}

  /**
   * @param canRegister the user is an officer of a unit below the organiser, before registration
   *     closes
   * @param canMark the user sits on the organiser's council (the jury) and the contest is open
   * @param marked for each round in order, the entrants this judge has marked
   * @param canFinish the user is an officer of the organiser and the contest is open
   */
  public record Actions(
      boolean canRegister, boolean canMark, List<List<Long>> marked, boolean canFinish) {}

  /** The entrants in their final order once finished, otherwise as registered. */
  public List<Entrant> ranking() {
    return entrants.stream()
        .sorted(
            java.util.Comparator.comparing(
                Entrant::rank, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .toList();
  }

  /** Whether the signed-in judge marked the entrant in the round at that position. */
  public boolean markedByMe(int roundIndex, long registrationId) {
    return actions.marked().size() > roundIndex
        && actions.marked().get(roundIndex).contains(registrationId);
  }
}
