package vn.thidua.contest;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One judge's mark for one entrant in one round. */
@Entity(name = "ContestMark")
@Table(name = "contest_score")
class JudgeScore {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contest_id")
  private Contest contest;

  private long roundId;
  private long registrationId;
  private long judgeId;
  private String judgeName;
  private BigDecimal points;
  private Instant scoredAt;

  protected JudgeScore() {}

  JudgeScore(
      Contest contest,
      long roundId,
      long registrationId,
      long judgeId,
      String judgeName,
      BigDecimal points,
      Instant scoredAt) {
    this.contest = contest;
    this.roundId = roundId;
    this.registrationId = registrationId;
    this.judgeId = judgeId;
    this.judgeName = judgeName;
    this.points = points;
    this.scoredAt = scoredAt;
  }

  long roundId() {
    return roundId;
  }

  long registrationId() {
    return registrationId;
  }

  long judgeId() {
    return judgeId;
  }

  String judgeName() {
    return judgeName;
  }

  BigDecimal points() {
    return points;
  }

  Instant scoredAt() {
    return scoredAt;
  }
}
