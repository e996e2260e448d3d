package vn.thidua.initiative;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An initiative with its whole history, as its page and the API show it, and what the signed-in
 * user may do with it.
 */
public record InitiativeView(
    long id,
    long unitId,
    String unitName,
    Long programmeId,
    String programmeName,
    String title,
    String summary,
    InitiativeField field,
    List<Author> authors,
    String authorGroup,
    LocalDate appliedOn,
    Long benefitVnd,
    String benefitDescription,
    LocalDate submittedOn,
    String submittedBy,
    InitiativeStatus status,
    RecognitionLevel statusLevel,
    RecognitionLevel recognisedLevel,
    List<Review> reviews,
    Actions actions,
    int version) {

  public record Author(
      long personId, String fullName, long unitId, BigDecimal share, String outsideReason) {}

  public record Review(
      long id,
      RecognitionLevel level,
      long unitId,
      String unitName,
      LocalDate proposedOn,
      String proposedBy,
      ReviewOutcome outcome,
      LocalDate decidedOn,
      String decidedBy,
      String reason,
      String decisionNumber,
      String minutes,
      BigDecimal averageScore,
      Integer votesFor,
      Integer votesAgainst,
      int maxTotal,
      List<Criterion> criteria,
      List<Score> scores) {}

  public record Criterion(String name, int maxPoints) {}

  public record Score(
      long memberId,
      String memberName,
      List<Integer> points,
      int total,
      boolean approve,
      String comment,
      Instant scoredAt) {}

  /**
   * @param canEdit change what it says (an officer of its unit, before any decision)
   * @param proposeTo the level the user may propose it to next, if any
   * @param canScore the user sits on the council of the open review and has not scored yet
   * @param hasScored the user already scored the open review
   * @param canDecide the user is an officer of the unit whose review is open
   */
  public record Actions(
      boolean canEdit,
      RecognitionLevel proposeTo,
      boolean canScore,
      boolean hasScored,
      boolean canDecide) {}

  /** The review now open, if any. */
  public Review openReview() {
    return reviews.stream()
        .filter(review -> review.outcome() == ReviewOutcome.UNDER_REVIEW)
        .findFirst()
        .orElse(null);
  }
}
