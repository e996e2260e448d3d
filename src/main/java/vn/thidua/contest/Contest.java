package vn.thidua.contest;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thidua.shared.web.DomainException;

/**
 * A contest and everything decided in it: rounds, entrants, the judges' marks, and at the end the
 * ranking and prizes. Marks are taken only while it is open and only on its scale; finishing needs
 * a mark for every entrant in every round.
 */
@Entity
@Table(name = "contest")
class Contest {

  static final int MAX_NAME = 300;
  static final int MAX_ROUNDS = 10;
  static final int MAX_PRIZES = 10;
  static final BigDecimal HIGHEST_SCALE = BigDecimal.valueOf(1000);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long unitId;
  private String name;
  private String trade;
  private String description;
  private LocalDate heldFrom;
  private LocalDate heldTo;
  private LocalDate registrationClosesOn;

  @Enumerated(EnumType.STRING)
  private EntryKind entryKind;

  private BigDecimal scaleMin;
  private BigDecimal scaleMax;

  @Enumerated(EnumType.STRING)
  private ContestStatus status;

  private LocalDate finishedOn;
  private String createdBy;
  private Instant createdAt;
  @Version private int version;

  @OneToMany(mappedBy = "contest", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Round> rounds = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "contest_prize", joinColumns = @JoinColumn(name = "contest_id"))
  @OrderColumn(name = "position")
  private List<PrizeTier> prizes = new ArrayList<>();

  @OneToMany(mappedBy = "contest", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Registration> registrations = new ArrayList<>();

  @OneToMany(mappedBy = "contest", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<JudgeScore> scores = new ArrayList<>();

  protected Contest() {}

  static Contest organise(long unitId, NewContest plan, String createdBy, Instant now) {
    Contest contest = new Contest();
    contest.unitId = unitId;
    contest.name = required(plan.name(), "contest.name.blank");
    if (contest.name.length() > MAX_NAME) {
      throw DomainException.invalid("contest.name.tooLong", MAX_NAME);
    }
    contest.trade = optional(plan.trade());
    contest.description = optional(plan.description());
    if (plan.heldFrom() == null || plan.heldTo() == null || plan.registrationClosesOn() == null) {
      throw DomainException.invalid("contest.dates.missing");
    }
    if (plan.heldTo().isBefore(plan.heldFrom())) {
      throw DomainException.invalid("contest.dates.reversed");
    }
    if (plan.registrationClosesOn().isAfter(plan.heldTo())) {
      throw DomainException.invalid("contest.dates.lateRegistration");
    }
    contest.heldFrom = plan.heldFrom();
    contest.heldTo = plan.heldTo();
    contest.registrationClosesOn = plan.registrationClosesOn();
    if (plan.entryKind() == null) {
      throw DomainException.invalid("contest.entryKind.missing");
    }
    contest.entryKind = plan.entryKind();
    contest.scale(plan.scaleMin(), plan.scaleMax());
    contest.plan(plan.rounds(), plan.prizes());
    contest.status = ContestStatus.OPEN;
    contest.createdBy = createdBy;
    contest.createdAt = now;
    return contest;
  }

  private void scale(BigDecimal min, BigDecimal max) {
    if (min == null || max == null) {
      throw DomainException.invalid("contest.scale.missing");
    }
    if (min.signum() < 0 || max.compareTo(min) <= 0 || max.compareTo(HIGHEST_SCALE) > 0) {
      throw DomainException.invalid("contest.scale.range", HIGHEST_SCALE);
    }
    this.scaleMin = min;
    this.scaleMax = max;
  }

  private void plan(List<NewContest.RoundPlan> roundPlans, List<NewContest.PrizePlan> prizePlans) {
    if (roundPlans.isEmpty()) {
      throw DomainException.invalid("contest.rounds.none");
    }
    if (roundPlans.size() > MAX_ROUNDS) {
      throw DomainException.invalid("contest.rounds.tooMany", MAX_ROUNDS);
    }
    for (int i = 0; i < roundPlans.size(); i++) {
      NewContest.RoundPlan round = roundPlans.get(i);
      String roundName = required(round == null ? null : round.name(), "contest.round.name");
      if (round.heldOn() != null
          && (round.heldOn().isBefore(heldFrom) || round.heldOn().isAfter(heldTo))) {
        throw DomainException.invalid("contest.round.outside", roundName);
      }
      int weight = round.weight() == null ? 1 : round.weight();
      if (weight < 1 || weight > 100) {
        throw DomainException.invalid("contest.round.weight", roundName);
      }
      rounds.add(new Round(this, i, roundName, round.heldOn(), weight));
    }
    if (prizePlans.size() > MAX_PRIZES) {
      throw DomainException.invalid("contest.prizes.tooMany", MAX_PRIZES);
    }
    for (NewContest.PrizePlan prize : prizePlans) {
      String prizeName = required(prize == null ? null : prize.name(), "contest.prize.name");
      if (prize.places() == null || prize.places() < 1 || prize.places() > 1000) {
        throw DomainException.invalid("contest.prize.places", prizeName);
      }
      prizes.add(new PrizeTier(prizeName, prize.places()));
    }
  }

  /** Registers a worker (one person, no team name) or a team of workers from a unit below. */
  Registration register(
      long fromUnitId, String teamName, List<TeamMember> people, LocalDate on, String by) {
    requireOpen();
    if (on.isAfter(registrationClosesOn)) {
      throw DomainException.invalid("contest.register.closed", registrationClosesOn);
    }
    String team = optional(teamName);
    if (!entryKind.admits(team != null)) {
      throw DomainException.invalid(
          team != null ? "contest.register.noTeams" : "contest.register.teamsOnly");
    }
    if (people.isEmpty()) {
      throw DomainException.invalid("contest.register.nobody");
    }
    if (team == null && people.size() > 1) {
      throw DomainException.invalid("contest.register.teamName");
    }
    if (team != null && people.size() < 2) {
      throw DomainException.invalid("contest.register.smallTeam");
    }
    Set<Long> seen = new HashSet<>();
    for (TeamMember person : people) {
      if (!seen.add(person.personId())
          || registrations.stream().anyMatch(r -> r.involves(person.personId()))) {
        throw DomainException.conflict("contest.register.twice", person.fullName());
      }
    }
    Registration registration =
        new Registration(
            this,
            fromUnitId,
            team == null ? people.get(0).personId() : null,
            team,
            team == null ? people.get(0).fullName() : team,
            team == null ? List.of() : people,
            on,
            by);
    registrations.add(registration);
    return registration;
  }

  void score(
      long roundId,
      long registrationId,
      long judgeId,
      String judgeName,
      BigDecimal points,
      Instant now) {
    requireOpen();
    Round round =
        rounds.stream()
            .filter(r -> r.id() == roundId)
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("contest.round.notFound"));
    Registration entrant =
        registration(registrationId)
            .orElseThrow(() -> DomainException.invalid("contest.registration.notFound"));
    if (points == null) {
      throw DomainException.invalid("contest.score.missing");
    }
    if (points.compareTo(scaleMin) < 0 || points.compareTo(scaleMax) > 0) {
      throw new ScoreOutsideScale(points, scaleMin, scaleMax);
    }
    if (points.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid("contest.score.decimals");
    }
    boolean twice =
        scores.stream()
            .anyMatch(
                s ->
                    s.roundId() == roundId
                        && s.registrationId() == registrationId
                        && s.judgeId() == judgeId);
    if (twice) {
      throw new JudgeScoredTwice(judgeName, entrant.entrantName(), round.name());
    }
    scores.add(new JudgeScore(this, roundId, registrationId, judgeId, judgeName, points, now));
  }

  /**
   * Closes the contest: each entrant's final score is the weighted mean of their rounds' average
   * marks; entrants are ranked and the prizes given.
   */
  void finish(LocalDate on) {
    requireOpen();
    if (registrations.isEmpty()) {
      throw DomainException.invalid("contest.finish.empty");
    }
    if (on.isBefore(heldFrom)) {
      throw DomainException.invalid("contest.finish.early", heldFrom);
    }
    List<Placing.Entry> entries = new ArrayList<>();
    for (Registration registration : registrations) {
      entries.add(new Placing.Entry(registration.id(), finalScore(registration)));
    }
    List<Placing.Tier> tiers =
        prizes.stream().map(p -> new Placing.Tier(p.name(), p.places())).toList();
    for (Placing.Placed placed : Placing.of(entries, tiers)) {
      registration(placed.registrationId())
          .orElseThrow()
          .place(placed.finalScore(), placed.rank(), placed.prize());
    }
    status = ContestStatus.FINISHED;
    finishedOn = on;
  }

  private BigDecimal finalScore(Registration registration) {
    BigDecimal weighted = BigDecimal.ZERO;
    int weights = 0;
    for (Round round : rounds) {
      List<BigDecimal> marks =
          scores.stream()
              .filter(s -> s.roundId() == round.id() && s.registrationId() == registration.id())
              .map(JudgeScore::points)
              .toList();
      if (marks.isEmpty()) {
        throw DomainException.invalid(
            "contest.finish.unscored", registration.entrantName(), round.name());
      }
      BigDecimal average =
          marks.stream()
              .reduce(BigDecimal.ZERO, BigDecimal::add)
              .divide(BigDecimal.valueOf(marks.size()), 10, RoundingMode.HALF_UP);
      weighted = weighted.add(average.multiply(BigDecimal.valueOf(round.weight())));
      weights += round.weight();
    }
    return weighted.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
  }

  private void requireOpen() {
    if (status != ContestStatus.OPEN) {
      throw DomainException.invalid("contest.finished", name);
    }
  }

  Optional<Registration> registration(long registrationId) {
    return registrations.stream().filter(r -> r.id() == registrationId).findFirst();
  }

  ContestState state() {
    return new ContestState(
        unitId,
        name,
        trade,
        heldFrom,
        heldTo,
        entryKind,
        scaleMin,
        scaleMax,
        status,
        rounds.stream().map(Round::name).toList(),
        prizes.stream().map(p -> p.name() + " × " + p.places()).toList());
  }

  private static String required(String text, String key) {
    String clean = optional(text);
    if (clean == null) {
      throw DomainException.invalid(key);
    }
    return clean;
  }

  private static String optional(String text) {
    return text == null || text.isBlank() ? null : text.strip().replaceAll("[ \\t]+", " ");
  }

  Long id() {
    return id;
  }

  long unitId() {
    return unitId;
  }

  String name() {
    return name;
  }

  String trade() {
    return trade;
  }

  String description() {
    return description;
  }

  LocalDate heldFrom() {
    return heldFrom;
  }

  LocalDate heldTo() {
    return heldTo;
  }

  LocalDate registrationClosesOn() {
    return registrationClosesOn;
  }

  EntryKind entryKind() {
    return entryKind;
  }

  BigDecimal scaleMin() {
    return scaleMin;
  }

  BigDecimal scaleMax() {
    return scaleMax;
  }

  ContestStatus status() {
    return status;
  }

  LocalDate finishedOn() {
    return finishedOn;
  }

  int version() {
    return version;
  }

  List<Round> rounds() {
    return List.copyOf(rounds);
  }

  List<PrizeTier> prizes() {
    return List.copyOf(prizes);
  }

  List<Registration> registrations() {
    return List.copyOf(registrations);
  }

  List<JudgeScore> scores() {
    return List.copyOf(scores);
  }
}
