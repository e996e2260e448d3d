package vn.thidua.initiative;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One council member's scores and vote in one level's review. */
@Entity(name = "InitiativeScore")
@Table(name = "review_score")
class Score {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "review_id")
  private Review review;

  private long memberId;
  private String memberName;
  private int[] points;
  private int total;
  private boolean approve;
  private String comment;
  private Instant scoredAt;

  protected Score() {}

  Score(
      Review review,
      long memberId,
      String memberName,
      int[] points,
      boolean approve,
      String comment,
      Instant scoredAt) {
    this.review = review;
    this.memberId = memberId;
    this.memberName = memberName;
    this.points = points.clone();
    this.total = java.util.Arrays.stream(points).sum();
    this.approve = approve;
    this.comment = comment;
    this.scoredAt = scoredAt;
  }

  long memberId() {
    return memberId;
  }

  String memberName() {
    return memberName;
  }

  int[] points() {
    return points.clone();
  }

  int total() {
    return total;
  }

  boolean approve() {
    return approve;
  }

  String comment() {
    return comment;
  }

  Instant scoredAt() {
    return scoredAt;
  }
}
