package vn.thidua.initiative;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.shared.web.DomainException;

/**
 * One level's review of an initiative: proposed to the recognising unit, scored by its council
 * against the criteria published when it was proposed (kept with the review, so a later change of
 * criteria does not change old sheets), then decided by an officer.
 */
@Entity(name = "InitiativeReview")
@Table(name = "initiative_review")
class Review {

  static final int MAX_TEXT = 10_000;
  static final int MAX_NUMBER = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "initiative_id")
  private Initiative initiative;

  @Enumerated(EnumType.STRING)
  private RecognitionLevel level;

  private long unitId;
  private LocalDate proposedOn;
  private String proposedBy;

  @Enumerated(EnumType.STRING)
  private ReviewOutcome outcome;

  private LocalDate decidedOn;
  private String decidedBy;
  private String reason;
  private String decisionNumber;
  private String minutes;
  private BigDecimal averageScore;
  private Integer votesFor;
  private Integer votesAgainst;

  @ElementCollection
  @CollectionTable(name = "review_criterion", joinColumns = @JoinColumn(name = "review_id"))
  @OrderColumn(name = "position")
  private List<ReviewCriterion> criteria = new ArrayList<>();

  @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Score> scores = new ArrayList<>();

  protected Review() {}

  Review(
      Initiative initiative,
      RecognitionLevel level,
      long unitId,
      LocalDate proposedOn,
      String proposedBy,
      List<ReviewCriterion> criteria) {
    this.initiative = initiative;
    this.level = level;
    this.unitId = unitId;
    this.proposedOn = proposedOn;
    this.proposedBy = proposedBy;
    this.outcome = ReviewOutcome.UNDER_REVIEW;
    this.criteria.addAll(criteria);
  }

  boolean isOpen() {
    return outcome == ReviewOutcome.UNDER_REVIEW;
  }

  boolean recognised() {
    return outcome == ReviewOutcome.RECOGNISED;
  }

  void score(long memberId, String memberName, CouncilScore sheet, Instant now) {
    if (!isOpen()) {
      throw DomainException.invalid("initiative.review.closed", level.label());
    }
    if (scores.stream().anyMatch(score -> score.memberId() == memberId)) {
      throw new AlreadyScored(memberName, level);
    }
    if (sheet.approve() == null) {
      throw DomainException.invalid("initiative.score.vote");
    }
    if (sheet.points().size() != criteria.size()) {
      throw DomainException.invalid("initiative.score.count", criteria.size());
    }
    int[] points = new int[criteria.size()];
    for (int i = 0; i < criteria.size(); i++) {
      ReviewCriterion criterion = criteria.get(i);
      Integer given = sheet.points().get(i);
      if (given == null || given < 0 || given > criterion.maxPoints()) {
        throw DomainException.invalid(
            "initiative.score.range", criterion.name(), criterion.maxPoints());
      }
      points[i] = given;
    }
    String comment = blankToNull(sheet.comment());
    if (comment != null && comment.length() > MAX_TEXT) {
      throw DomainException.invalid("initiative.text.tooLong", MAX_TEXT);
    }
    scores.add(new Score(this, memberId, memberName, points, sheet.approve(), comment, now));
  }

  void decide(boolean recognise, Decision decision, String by, LocalDate today) {
    if (!isOpen()) {
      throw DomainException.invalid("initiative.review.closed", level.label());
    }
    if (decision.decidedOn() == null) {
      throw DomainException.invalid("initiative.decision.date");
    }
    if (decision.decidedOn().isBefore(proposedOn)) {
      throw DomainException.invalid("initiative.decision.beforeProposal", proposedOn);
    }
    if (decision.decidedOn().isAfter(today)) {
      throw DomainException.invalid("initiative.decision.future");
    }
    String why = blankToNull(decision.reason());
    if (!recognise && why == null) {
      throw DomainException.invalid("initiative.decision.reason");
    }
    String number = blankToNull(decision.decisionNumber());
    String record = blankToNull(decision.minutes());
    if ((why != null && why.length() > MAX_TEXT)
        || (record != null && record.length() > MAX_TEXT)) {
      throw DomainException.invalid("initiative.text.tooLong", MAX_TEXT);
    }
    if (number != null && number.length() > MAX_NUMBER) {
      throw DomainException.invalid("initiative.decision.numberTooLong", MAX_NUMBER);
    }
    this.outcome = recognise ? ReviewOutcome.RECOGNISED : ReviewOutcome.NOT_RECOGNISED;
    this.decidedOn = decision.decidedOn();
    this.decidedBy = by;
    this.reason = why;
    this.decisionNumber = number;
    this.minutes = record;
    this.averageScore = average().orElse(null);
    this.votesFor = (int) scores.stream().filter(Score::approve).count();
    this.votesAgainst = scores.size() - votesFor;
  }

  /** The members' average total, to two decimals; empty before anyone scored. */
  Optional<BigDecimal> average() {
    if (scores.isEmpty()) {
      return Optional.empty();
    }
    long sum = scores.stream().mapToLong(Score::total).sum();
    return Optional.of(
        BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP));
  }

  int maxTotal() {
    return criteria.stream().mapToInt(ReviewCriterion::maxPoints).sum();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  Long id() {
    return id;
  }

  RecognitionLevel level() {
    return level;
  }

  long unitId() {
    return unitId;
  }

  LocalDate proposedOn() {
    return proposedOn;
  }

  String proposedBy() {
    return proposedBy;
  }

  ReviewOutcome outcome() {
    return outcome;
  }

  LocalDate decidedOn() {
    return decidedOn;
  }

  String decidedBy() {
    return decidedBy;
  }

  String reason() {
    return reason;
  }

  String decisionNumber() {
    return decisionNumber;
  }

  String minutes() {
    return minutes;
  }

  BigDecimal averageScore() {
    return averageScore;
  }

  Integer votesFor() {
    return votesFor;
  }

  Integer votesAgainst() {
    return votesAgainst;
  }

  List<ReviewCriterion> criteria() {
    return List.copyOf(criteria);
  }

  List<Score> scores() {
    return List.copyOf(scores);
  }
}
