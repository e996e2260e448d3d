package vn.thidua.movement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.DomainException;

/**
 * An emulation movement, the aggregate that guards its own workflow: a draft may be edited and left
 * incomplete; {@link #launch} refuses while anything is missing and freezes the movement.
 */
@Entity
@Table(name = "movement")
class Movement {

  static final int MAX_PHASES = 12;
  static final int MAX_CRITERIA = 30;
  static final int MAX_OBJECTIVES = 20;
  static final int MAX_TITLES = 20;
  static final BigDecimal FULL_WEIGHT = BigDecimal.valueOf(100);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long organiserId;

  @Enumerated(EnumType.STRING)
  private MovementKind kind;

  private String name;
  private String searchName;
  private String theme;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private LocalDate registrationDeadline;
  private boolean wholeSubtree;

  @Enumerated(EnumType.STRING)
  private MovementStatus status;

  private Instant launchedAt;
  private String launchedBy;
  private String createdBy;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private int version;

  @OneToMany(mappedBy = "movement", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Phase> phases = new ArrayList<>();

  @OneToMany(mappedBy = "movement", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Criterion> criteria = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "movement_objective", joinColumns = @JoinColumn(name = "movement_id"))
  @OrderColumn(name = "position")
  @Column(name = "text")
  private List<String> objectives = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "movement_title", joinColumns = @JoinColumn(name = "movement_id"))
  @OrderColumn(name = "position")
  private List<TitleRef> titles = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "movement_sector", joinColumns = @JoinColumn(name = "movement_id"))
  @Column(name = "sector_id")
  private Set<Long> sectorIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "movement_cluster", joinColumns = @JoinColumn(name = "movement_id"))
  @Column(name = "cluster_id")
  private Set<Long> clusterIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "movement_chosen_unit", joinColumns = @JoinColumn(name = "movement_id"))
  @Column(name = "unit_id")
  private Set<Long> chosenUnitIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "movement_pilot", joinColumns = @JoinColumn(name = "movement_id"))
  @Column(name = "unit_id")
  private Set<Long> pilotUnitIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "movement_sector_variant",
      joinColumns = @JoinColumn(name = "movement_id"))
  @MapKeyColumn(name = "sector_id")
  @Column(name = "name")
  private Map<Long, String> sectorVariants = new LinkedHashMap<>();

  protected Movement() {}

  Movement(MovementDraft draft, String createdBy, Instant now) {
    this.organiserId = draft.organiserId();
    this.status = MovementStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = now;
    describe(draft, now);
  }

  /** Replaces everything the draft says; refuses input that is wrong even in a draft. */
  void describe(MovementDraft draft, Instant now) {
    requireDraft();
    if (draft.kind() == null) {
      throw DomainException.invalid("movement.kindRequired");
    }
    this.kind = draft.kind();
    this.name = Inputs.required(draft.name(), 300, "movement.nameRequired");
    this.searchName = SearchText.fold(name);
    this.theme = Inputs.optional(draft.theme(), 1000, "movement.themeTooLong");
    describePeriod(draft.startsOn(), draft.endsOn(), draft.registrationDeadline());
    describePhases(draft.phases());
    describeCriteria(draft.criteria());
    replace(objectives, texts(draft.objectives(), 1000, MAX_OBJECTIVES, "objectives"));
    replace(
        titles,
        texts(draft.titles(), 100, MAX_TITLES, "titles").stream().map(TitleRef::ofHonour).toList());
    MovementDraft.Participation participation = draft.participation();
    this.wholeSubtree = participation.wholeSubtree();
    replace(sectorIds, participation.sectorIds());
    replace(clusterIds, participation.clusterIds());
    replace(chosenUnitIds, participation.unitIds());
    replace(pilotUnitIds, draft.pilotUnitIds());
    describeVariants(draft.sectorVariants());
    this.updatedAt = now;
  }

  private void describePeriod(LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      throw DomainException.invalid("movement.periodOrder", startsOn, endsOn);
    }
    if (deadline != null && endsOn != null && deadline.isAfter(endsOn)) {
      throw DomainException.invalid("movement.deadlineAfterEnd", deadline, endsOn);
    }
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.registrationDeadline = deadline;
  }

  /**
   * Phases and criteria are rewritten in place by position (then added or removed at the end), so
   * that their ids stay and no two rows ever hold the same position.
   */
  private void describePhases(List<MovementDraft.PhaseDraft> drafts) {
    if (drafts.size() > MAX_PHASES) {
      throw DomainException.invalid("movement.tooManyPhases", MAX_PHASES);
    }
    List<MovementDraft.PhaseDraft> sorted =
        drafts.stream()
            .sorted(
                Comparator.comparing(
                    MovementDraft.PhaseDraft::startsOn,
                    Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    List<Phase> described = new ArrayList<>();
    for (MovementDraft.PhaseDraft draft : sorted) {
      int number = described.size() + 1;
      if (draft.startsOn() == null || draft.endsOn() == null) {
        throw DomainException.invalid("phase.datesRequired", number);
      }
      if (draft.endsOn().isBefore(draft.startsOn())) {
        throw DomainException.invalid("phase.datesOrder", number, draft.startsOn(), draft.endsOn());
      }
      if (startsOn != null
          && endsOn != null
          && (draft.startsOn().isBefore(startsOn) || draft.endsOn().isAfter(endsOn))) {
        throw DomainException.invalid(
            "phase.outsidePeriod", number, draft.startsOn(), draft.endsOn(), startsOn, endsOn);
      }
      Phase phase =
          new Phase(
              this,
              number,
              Inputs.optional(draft.name(), 200, "phase.nameTooLong", number),
              Inputs.optional(draft.theme(), 1000, "phase.themeTooLong", number),
              draft.startsOn(),
              draft.endsOn());
      if (!described.isEmpty() && described.get(described.size() - 1).overlaps(phase)) {
        Phase previous = described.get(described.size() - 1);
        throw DomainException.invalid(
            "phase.overlap",
            previous.position(),
            number,
            previous.startsOn(),
            previous.endsOn(),
            phase.startsOn(),
            phase.endsOn());
      }
      described.add(phase);
    }
    phases.subList(Math.min(described.size(), phases.size()), phases.size()).clear();
    for (int i = 0; i < described.size(); i++) {
      if (i < phases.size()) {
        phases.get(i).redescribe(described.get(i));
      } else {
        phases.add(described.get(i));
      }
    }
  }

  private void describeCriteria(List<MovementDraft.CriterionDraft> drafts) {
    if (drafts.size() > MAX_CRITERIA) {
      throw DomainException.invalid("movement.tooManyCriteria", MAX_CRITERIA);
    }
    List<Criterion> described = new ArrayList<>();
    for (MovementDraft.CriterionDraft draft : drafts) {
      described.add(new Criterion(this, described.size() + 1, draft));
    }
    criteria.subList(Math.min(described.size(), criteria.size()), criteria.size()).clear();
    for (int i = 0; i < described.size(); i++) {
      if (i < criteria.size()) {
        criteria.get(i).redescribe(described.get(i));
      } else {
        criteria.add(described.get(i));
      }
    }
  }

  private void describeVariants(List<MovementDraft.SectorVariant> variants) {
    Map<Long, String> described = new LinkedHashMap<>();
    for (MovementDraft.SectorVariant variant : variants) {
      if (variant.sectorId() == null) {
        continue;
      }
      String variantName = Inputs.optional(variant.name(), 300, "movement.variantTooLong");
      if (variantName != null) {
        described.put(variant.sectorId(), variantName);
      }
    }
    sectorVariants.clear();
    sectorVariants.putAll(described);
  }

  private static List<String> texts(List<String> values, int maxLength, int maxCount, String part) {
    List<String> kept =
        values.stream()
            .map(value -> Inputs.optional(value, maxLength, "movement." + part + "TooLong"))
            .filter(value -> value != null)
            .distinct()
            .toList();
    if (kept.size() > maxCount) {
      throw DomainException.invalid("movement.tooMany." + part, maxCount);
    }
    return kept;
  }

  /**
   * Publishes the movement to its participants, resolved by the caller from the participation
   * rules. Refuses, naming every missing part, while the movement lacks dates, phases, objectives,
   * criteria or participants; then refuses criteria weights that do not add up to 100 and pilot
   * units that do not take part.
   */
  void launch(
      Collection<Long> participantIds, LongFunction<String> unitName, String by, Instant now) {
    if (status != MovementStatus.DRAFT) {
      throw InvalidTransition.from(status).to(MovementStatus.LAUNCHED);
    }
    List<MovementIncomplete.Part> missing = new ArrayList<>();
    if (startsOn == null || endsOn == null || registrationDeadline == null) {
      missing.add(MovementIncomplete.Part.DATES);
    }
    if (phases.isEmpty()) {
      missing.add(MovementIncomplete.Part.PHASES);
    }
    if (objectives.isEmpty()) {
      missing.add(MovementIncomplete.Part.OBJECTIVES);
    }
    if (criteria.isEmpty()) {
      missing.add(MovementIncomplete.Part.CRITERIA);
    }
    if (participantIds.isEmpty()) {
      missing.add(MovementIncomplete.Part.PARTICIPANTS);
    }
    if (!missing.isEmpty()) {
      throw new MovementIncomplete(missing);
    }
    BigDecimal weights =
        criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (weights.compareTo(FULL_WEIGHT) != 0) {
      throw DomainException.invalid("movement.weightsSum", weights);
    }
    List<Long> strayPilots =
        pilotUnitIds.stream().filter(pilot -> !participantIds.contains(pilot)).toList();
    if (!strayPilots.isEmpty()) {
      throw DomainException.invalid(
          "movement.pilotNotParticipating",
          String.join(", ", strayPilots.stream().map(unitName::apply).toList()));
    }
    this.status = MovementStatus.LAUNCHED;
    this.launchedAt = now;
    this.launchedBy = by;
    this.updatedAt = now;
  }

  private void requireDraft() {
    if (status != MovementStatus.DRAFT) {
      throw DomainException.conflict("movement.launchedIsFinal", name);
    }
  }

  /** Checks that an edit was made on the version now stored. */
  void requireVersion(Integer edited) {
    if (edited == null) {
      throw DomainException.invalid(
          "validation.NotNull", new DefaultMessageSourceResolvable("field.version"));
    }
    if (edited != version) {
      throw new ObjectOptimisticLockingFailureException(Movement.class, id);
    }
  }

  private static <T> void replace(Collection<T> target, Collection<T> values) {
    target.clear();
    target.addAll(values);
  }

  /** One of the movement's phases, or "not found". */
  MovementView.PhaseView phase(long phaseId) {
    return phases().stream()
        .filter(phase -> phase.id() == phaseId)
        .findFirst()
        .orElseThrow(
            () -> DomainException.notFound("progress.phaseNotFound", String.valueOf(phaseId)));
  }

  List<MovementView.PhaseView> phases() {
    return phases.stream().map(Phase::view).toList();
  }

  List<MovementView.CriterionView> criteria() {
    return criteria.stream().map(Criterion::view).toList();
  }

  /**
   * The criteria and titles participants may pledge, the titles as the catalogue describes them.
   */
  RegistrationTerms registrationTerms(Function<List<TitleRef>, List<AimedTitle>> catalogue) {
    Map<Long, RegistrationTerms.Rule> rules = new LinkedHashMap<>();
    for (Criterion criterion : criteria) {
      rules.put(criterion.id(), criterion.rule());
    }
    return new RegistrationTerms(rules, catalogue.apply(List.copyOf(titles)));
  }

  MovementDraft.Participation participation() {
    return new MovementDraft.Participation(
        wholeSubtree, List.copyOf(sectorIds), List.copyOf(clusterIds), List.copyOf(chosenUnitIds));
  }

  MovementView view(
      String organiserName,
      int participantCount,
      Function<List<TitleRef>, List<AimedTitle>> catalogue) {
    return new MovementView(
        id == null ? 0 : id,
        organiserId,
        organiserName,
        kind,
        name,
        theme,
        startsOn,
        endsOn,
        registrationDeadline,
        status,
        launchedAt,
        phases.stream().map(Phase::view).toList(),
        List.copyOf(objectives),
        criteria.stream().map(Criterion::view).toList(),
        catalogue.apply(List.copyOf(titles)),
        participation(),
        List.copyOf(pilotUnitIds),
        sectorVariants.entrySet().stream()
            .map(entry -> new MovementDraft.SectorVariant(entry.getKey(), entry.getValue()))
            .toList(),
        participantCount,
        version);
  }

  Long id() {
    return id;
  }

  long organiserId() {
    return organiserId;
  }

  String name() {
    return name;
  }

  MovementStatus status() {
    return status;
  }

  LocalDate startsOn() {
    return startsOn;
  }

  LocalDate registrationDeadline() {
    return registrationDeadline;
  }

  Set<Long> pilotUnitIds() {
    return Set.copyOf(pilotUnitIds);
  }

  int version() {
    return version;
  }
}
