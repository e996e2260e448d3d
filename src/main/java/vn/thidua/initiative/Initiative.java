package vn.thidua.initiative;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.DomainException;

/**
 * An initiative and its climb up the recognition ladder. Entering it opens its grassroots review;
 * each higher level reviews it only when proposed after the level below recognised it, and decides
 * once.
 */
@Entity
@Table(name = "initiative")
class Initiative {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long unitId;
  private String unitPath;
  private Long programmeId;
  private String title;
  private String searchTitle;
  private String summary;
  private String searchText;

  @Enumerated(EnumType.STRING)
  private InitiativeField field;

  private String authorGroup;
  private LocalDate appliedOn;
  private Long benefitVnd;
  private String benefitDescription;
  private LocalDate submittedOn;
  private String submittedBy;
  private Long submittedByUserId;
  private String ladder;

  @Enumerated(EnumType.STRING)
  private InitiativeStatus status;

  @Enumerated(EnumType.STRING)
  private RecognitionLevel statusLevel;

  private int recognisedRank;
  private Instant createdAt;
  @Version private int version;

  @ElementCollection
  @CollectionTable(name = "initiative_author", joinColumns = @JoinColumn(name = "initiative_id"))
  @OrderColumn(name = "position")
  private List<Author> authors = new ArrayList<>();

  @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Review> reviews = new ArrayList<>();

  protected Initiative() {}

  /**
   * A new initiative of a grassroots union, under review there from the day it is submitted.
   *
   * @param unitPath where the unit stood in the tree on that day, which is where the initiative
   *     counts in achievements and leaderboards even after the unit moves
   */
  static Initiative submit(
      long unitId,
      String unitPath,
      Ladder ladder,
      Long programmeId,
      InitiativeContent content,
      Authorship authorship,
      Submitter submitter,
      LocalDate submittedOn,
      List<ReviewCriterion> criteria,
      Instant now) {
    Initiative initiative = new Initiative();
    initiative.unitId = unitId;
    initiative.unitPath = unitPath;
    initiative.ladder = ladder.text();
    initiative.programmeId = programmeId;
    initiative.describe(content, authorship);
    initiative.submittedOn = submittedOn;
    initiative.submittedBy = submitter.username();
    initiative.submittedByUserId = submitter.userId();
    initiative.createdAt = now;
    initiative.reviews.add(
        new Review(
            initiative,
            RecognitionLevel.GRASSROOTS,
            unitId,
            submittedOn,
            submitter.username(),
            criteria));
    initiative.status = InitiativeStatus.UNDER_REVIEW;
    initiative.statusLevel = RecognitionLevel.GRASSROOTS;
    return initiative;
  }

  /** Changes what the initiative says; only before any level decided on it. */
  void change(InitiativeContent content, Authorship authorship) {
    if (reviews.stream().anyMatch(review -> !review.isOpen())) {
      throw DomainException.invalid("initiative.locked");
    }
    describe(content, authorship);
  }

  private void describe(InitiativeContent content, Authorship authorship) {
    this.title = content.title();
    this.summary = content.summary();
    this.field = content.field();
    this.appliedOn = content.appliedOn();
    this.benefitVnd = content.benefitVnd();
    this.benefitDescription = content.benefitDescription();
    this.authors.clear();
    this.authors.addAll(authorship.people());
    this.authorGroup = authorship.group();
    this.searchTitle = SearchText.fold(title);
    this.searchText = SearchText.fold(title + " " + summary + " " + authorship.names());
  }

  /**
   * Proposes the initiative to the next level, which opens that level's review.
   *
   * @throws LowerLevelNotRecognised when the level below did not recognise it
   */
  Review propose(
      RecognitionLevel level,
      long recognisingUnitId,
      LocalDate proposedOn,
      String proposedBy,
      List<ReviewCriterion> criteria) {
    Ladder rungs = ladder();
    if (!rungs.contains(level)) {
      throw DomainException.invalid("initiative.level.notOnLadder", level.label());
    }
    RecognitionLevel lower =
        rungs
            .below(level)
            .orElseThrow(() -> DomainException.invalid("initiative.propose.grassroots"));
    if (review(level).isPresent()) {
      throw DomainException.conflict("initiative.propose.already", level.label());
    }
    Review below = review(lower).filter(Review::recognised).orElse(null);
    if (below == null) {
      throw new LowerLevelNotRecognised(lower, level);
    }
    if (proposedOn == null || proposedOn.isBefore(below.decidedOn())) {
      throw DomainException.invalid("initiative.propose.beforeDecision", below.decidedOn());
    }
    Review review = new Review(this, level, recognisingUnitId, proposedOn, proposedBy, criteria);
    reviews.add(review);
    status = InitiativeStatus.UNDER_REVIEW;
    statusLevel = level;
    return review;
  }

  void score(
      RecognitionLevel level, long memberId, String memberName, CouncilScore sheet, Instant now) {
    openReview(level).score(memberId, memberName, sheet, now);
  }

  /**
   * Records that the level recognises the initiative.
   *
   * @throws LowerLevelNotRecognised when the level below did not recognise it
   */
  void recognise(RecognitionLevel level, Decision decision, String by, LocalDate today) {
    Optional<RecognitionLevel> lower = ladder().below(level);
    if (lower.isPresent() && !recognisedAt(lower.get())) {
      throw new LowerLevelNotRecognised(lower.get(), level);
    }
    openReview(level).decide(true, decision, by, today);
    status = InitiativeStatus.RECOGNISED;
    statusLevel = level;
    recognisedRank = Math.max(recognisedRank, level.rank());
  }

  /** Records that the level does not recognise the initiative; a reason is required. */
  void refuse(RecognitionLevel level, Decision decision, String by, LocalDate today) {
    openReview(level).decide(false, decision, by, today);
    status = InitiativeStatus.NOT_RECOGNISED;
    statusLevel = level;
  }

  boolean recognisedAt(RecognitionLevel level) {
    return review(level).map(Review::recognised).orElse(false);
  }

  Optional<Review> review(RecognitionLevel level) {
    return reviews.stream().filter(review -> review.level() == level).findFirst();
  }

  /** The review now open, if any. */
  Optional<Review> openReview() {
    return reviews.stream().filter(Review::isOpen).findFirst();
  }

  /** The level it may be proposed to next: the rung above its highest recognition. */
  Optional<RecognitionLevel> nextLevel() {
    if (openReview().isPresent()) {
      return Optional.empty();
    }
    return highestRecognised()
        .flatMap(level -> ladder().above(level))
        .filter(level -> review(level).isEmpty());
  }

  Optional<RecognitionLevel> highestRecognised() {
    return RecognitionLevel.ofRank(recognisedRank);
  }

  private Review openReview(RecognitionLevel level) {
    return review(level)
        .filter(Review::isOpen)
        .orElseThrow(() -> DomainException.invalid("initiative.review.notOpen", level.label()));
  }

  Ladder ladder() {
    return Ladder.parse(ladder);
  }

  InitiativeState state() {
    return new InitiativeState(
        unitId,
        programmeId,
        title,
        field,
        authorGroup,
        authors.stream().map(a -> a.fullName() + " (" + a.share().toPlainString() + " %)").toList(),
        appliedOn,
        benefitVnd,
        status,
        statusLevel);
  }

  Long id() {
    return id;
  }

  long unitId() {
    return unitId;
  }

  String unitPath() {
    return unitPath;
  }

  Long programmeId() {
    return programmeId;
  }

  String title() {
    return title;
  }

  String summary() {
    return summary;
  }

  InitiativeField field() {
    return field;
  }

  String authorGroup() {
    return authorGroup;
  }

  List<Author> authors() {
    return List.copyOf(authors);
  }

  LocalDate appliedOn() {
    return appliedOn;
  }

  Long benefitVnd() {
    return benefitVnd;
  }

  String benefitDescription() {
    return benefitDescription;
  }

  LocalDate submittedOn() {
    return submittedOn;
  }

  String submittedBy() {
    return submittedBy;
  }

  Long submittedByUserId() {
    return submittedByUserId;
  }

  InitiativeStatus status() {
    return status;
  }

  RecognitionLevel statusLevel() {
    return statusLevel;
  }

  List<Review> reviews() {
    return List.copyOf(reviews);
  }

  int version() {
    return version;
  }

  Instant createdAt() {
    return createdAt;
  }
}
