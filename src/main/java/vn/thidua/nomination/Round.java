package vn.thidua.nomination;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A selection round (đợt xét) of the reviewing unit: the honours it selects for a year, its
 * council's vote threshold, its deadline and its quotas per proposing unit.
 */
@Entity(name = "NominationRound")
@Table(name = "nomination_round")
class Round {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long unitId;
  private String unitPath;
  private String name;
  private int year;
  private LocalDate periodFrom;
  private LocalDate periodTo;
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  private Threshold threshold;

  private Integer thresholdPercent;
  private Long decisionId;
  private String createdBy;
  private Instant createdAt;
  @Version private int version;

  @ElementCollection
  @CollectionTable(name = "nomination_round_honour", joinColumns = @JoinColumn(name = "round_id"))
  @OrderColumn(name = "position")
  private List<RoundHonour> honours = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "nomination_round_quota", joinColumns = @JoinColumn(name = "round_id"))
  private List<RoundQuota> quotas = new ArrayList<>();

  protected Round() {}

  static Round open(long unitId, String unitPath, RoundTerms terms, String createdBy, Instant now) {
    Round round = new Round();
    round.unitId = unitId;
    round.unitPath = unitPath;
    round.createdBy = createdBy;
    round.createdAt = now;
    round.apply(terms);
    return round;
  }

  void apply(RoundTerms terms) {
    this.name = terms.name();
    this.year = terms.year();
    this.periodFrom = terms.periodFrom();
    this.periodTo = terms.periodTo();
    this.deadline = terms.deadline();
    this.threshold = terms.threshold();
    this.thresholdPercent = terms.thresholdPercent();
    this.honours.clear();
    terms.honours().forEach(ref -> honours.add(new RoundHonour(ref)));
    this.quotas.clear();
    terms.quotas().forEach(quota -> quotas.add(new RoundQuota(quota)));
  }

  boolean selects(HonourRef ref) {
    return honours().contains(ref);
  }

  /** The honour the round selects with this code and grade, or with the code alone when unique. */
  Optional<HonourRef> honourFor(String code) {
    List<HonourRef> matching = honours().stream().filter(h -> h.code().equals(code)).toList();
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  Optional<Integer> quotaOf(long proposingUnitId) {
    return quotas.stream()
        .map(RoundQuota::value)
        .filter(quota -> quota.unitId() == proposingUnitId)
        .map(Quota::quota)
        .findFirst();
  }

  /** Links the decision drafted with the round's approved nominations. */
  void drafted(long decision) {
    this.decisionId = decision;
  }

  Long decisionId() {
    return decisionId;
  }

  boolean passes(VoteTally tally) {
    return threshold.passes(tally.agree(), tally.cast(), thresholdPercent);
  }

  RoundTerms terms() {
    return new RoundTerms(
        name,
        year,
        periodFrom,
        periodTo,
        deadline,
        threshold,
        thresholdPercent,
        honours(),
        quotas());
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

  String name() {
    return name;
  }

  int year() {
    return year;
  }

  LocalDate periodFrom() {
    return periodFrom;
  }

  LocalDate periodTo() {
    return periodTo;
  }

  LocalDate deadline() {
    return deadline;
  }

  Threshold threshold() {
    return threshold;
  }

  Integer thresholdPercent() {
    return thresholdPercent;
  }

  List<HonourRef> honours() {
    return honours.stream().map(RoundHonour::ref).toList();
  }

  List<Quota> quotas() {
    return quotas.stream().map(RoundQuota::value).toList();
  }

  int version() {
    return version;
  }
}
