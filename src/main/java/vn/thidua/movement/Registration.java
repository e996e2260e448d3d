package vn.thidua.movement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.thidua.shared.web.DomainException;

/**
 * A unit's registration for a movement, guarding its workflow: draft → submitted → approved,
 * rejected or returned for changes (a reason is required for both), and returned → submitted again.
 */
@Entity
@Table(name = "registration")
class Registration {

  static final int MAX_PEOPLE = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long movementId;
  private long unitId;

  @Enumerated(EnumType.STRING)
  private RegistrationStatus status;

  private String note;
  private String reviewReason;
  private boolean late;
  private Instant submittedAt;
  private String submittedBy;
  private Instant reviewedAt;
  private String reviewedBy;
  private String createdBy;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private int version;

  @ElementCollection
  @CollectionTable(
      name = "registration_target",
      joinColumns = @JoinColumn(name = "registration_id"))
  @MapKeyColumn(name = "criterion_id")
  @Column(name = "target")
  private Map<Long, BigDecimal> targets = new LinkedHashMap<>();

  @ElementCollection
  @CollectionTable(name = "registration_title", joinColumns = @JoinColumn(name = "registration_id"))
  @OrderColumn(name = "position")
  private List<TitleRef> titles = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "registration_person",
      joinColumns = @JoinColumn(name = "registration_id"))
  @OrderColumn(name = "position")
  private List<PersonEntry> people = new ArrayList<>();

  protected Registration() {}

  Registration(
      long movementId,
      long unitId,
      RegistrationDraft draft,
      RegistrationTerms terms,
      RegistrationDeadline deadline,
      String by,
      Instant now) {
    this.movementId = movementId;
    this.unitId = unitId;
    this.status = RegistrationStatus.DRAFT;
    this.createdBy = by;
    this.createdAt = now;
    describe(draft, terms, deadline, now);
  }

  /** Replaces the pledges; only a draft or a registration returned for changes may change. */
  void describe(
      RegistrationDraft draft,
      RegistrationTerms terms,
      RegistrationDeadline deadline,
      Instant now) {
    if (!status.editable()) {
      throw DomainException.conflict("registration.notEditable");
    }
    deadline.allowChangeIn(status);
    Map<Long, BigDecimal> pledged = new LinkedHashMap<>();
    for (RegistrationDraft.TargetPledge pledge : draft.targets()) {
      RegistrationTerms.Rule rule = terms.criteria().get(pledge.criterionId());
      if (rule == null) {
        throw DomainException.invalid(
            "registration.unknownCriterion", String.valueOf(pledge.criterionId()));
      }
      if (pledge.target() == null) {
        continue;
      }
      BigDecimal target =
          Targets.checked(rule.measure(), rule.direction(), pledge.target(), "pledge", rule.name());
      if (target != null) {
        pledged.put(pledge.criterionId(), target);
      }
    }
    List<TitleRef> aimedAt = titles(draft.titles(), terms);
    List<PersonEntry> named = people(draft.people(), terms);
    targets.clear();
    targets.putAll(pledged);
    titles.clear();
    titles.addAll(aimedAt);
    people.clear();
    people.addAll(named);
    this.note = Inputs.optional(draft.note(), 2000, "registration.noteTooLong");
    this.updatedAt = now;
  }

  private static List<TitleRef> titles(List<String> codes, RegistrationTerms terms) {
    Set<TitleRef> kept = new LinkedHashSet<>();
    for (String code : codes) {
      String title = Inputs.optional(code, 100, "movement.titlesTooLong");
      if (title == null) {
        continue;
      }
      kept.add(TitleRef.ofHonour(terms.require(title, true).code()));
    }
    return List.copyOf(kept);
  }

  private static List<PersonEntry> people(
      List<RegistrationDraft.PersonPledge> pledges, RegistrationTerms terms) {
    if (pledges.size() > MAX_PEOPLE) {
      throw DomainException.invalid("registration.tooManyPeople", MAX_PEOPLE);
    }
    Set<PersonEntry> kept = new LinkedHashSet<>();
    for (RegistrationDraft.PersonPledge pledge : pledges) {
      if (pledge.personId() == null) {
        throw DomainException.invalid("registration.personRequired");
      }
      String name = Inputs.required(pledge.fullName(), 200, "registration.personNameRequired");
      String title =
          Inputs.required(pledge.titleCode(), 100, "registration.personTitleRequired", name);
      String honourCode = terms.require(title, false).code();
      kept.add(new PersonEntry(pledge.personId(), name, honourCode, honourCode));
    }
    return List.copyOf(kept);
  }

  /**
   * Sends the registration for review. Every numeric criterion needs a pledged target, and the unit
   * aims at one of the movement's titles at least.
   */
  void submit(RegistrationTerms terms, RegistrationDeadline deadline, String by, Instant now) {
    if (!status.editable()) {
      throw InvalidTransition.from(status).to(RegistrationStatus.SUBMITTED);
    }
    deadline.allowChangeIn(status);
    List<String> unpledged =
        terms.criteria().entrySet().stream()
            .filter(entry -> entry.getValue().measure() == Measure.NUMERIC)
            .filter(entry -> !targets.containsKey(entry.getKey()))
            .map(entry -> entry.getValue())
            .sorted(java.util.Comparator.comparingInt(RegistrationTerms.Rule::number))
            .map(RegistrationTerms.Rule::name)
            .toList();
    if (!unpledged.isEmpty()) {
      throw DomainException.invalid("registration.targetsMissing", String.join("; ", unpledged));
    }
    if (titles.isEmpty() && terms.offersCollectiveTitles()) {
      throw DomainException.invalid("registration.titlesMissing");
    }
    if (status == RegistrationStatus.DRAFT) {
      this.late = deadline.passed();
    }
    this.status = RegistrationStatus.SUBMITTED;
    this.submittedAt = now;
    this.submittedBy = by;
    this.updatedAt = now;
  }

  void approve(String by, Instant now) {
    review(RegistrationStatus.APPROVED, null, by, now);
  }

  void reject(String reason, String by, Instant now) {
    review(RegistrationStatus.REJECTED, reason, by, now);
  }

  void returnForChanges(String reason, String by, Instant now) {
    review(RegistrationStatus.RETURNED, reason, by, now);
  }

  private void review(RegistrationStatus outcome, String reason, String by, Instant now) {
    if (status != RegistrationStatus.SUBMITTED) {
      throw InvalidTransition.from(status).to(outcome);
    }
    String why = Inputs.optional(reason, 2000, "registration.reasonTooLong");
    if (outcome != RegistrationStatus.APPROVED && why == null) {
      throw DomainException.invalid("registration.reasonRequired");
    }
    this.status = outcome;
    this.reviewReason = why;
    this.reviewedAt = now;
    this.reviewedBy = by;
    this.updatedAt = now;
  }

  void requireVersion(Integer edited) {
    if (edited == null) {
      throw DomainException.invalid(
          "validation.NotNull", new DefaultMessageSourceResolvable("field.version"));
    }
    if (edited != version) {
      throw new ObjectOptimisticLockingFailureException(Registration.class, id);
    }
  }

  Long id() {
    return id;
  }

  long movementId() {
    return movementId;
  }

  long unitId() {
    return unitId;
  }

  RegistrationStatus status() {
    return status;
  }

  String note() {
    return note;
  }

  String reviewReason() {
    return reviewReason;
  }

  boolean late() {
    return late;
  }

  Instant submittedAt() {
    return submittedAt;
  }

  String submittedBy() {
    return submittedBy;
  }

  Instant reviewedAt() {
    return reviewedAt;
  }

  String reviewedBy() {
    return reviewedBy;
  }

  int version() {
    return version;
  }

  Map<Long, BigDecimal> targets() {
    return Map.copyOf(targets);
  }

  List<TitleRef> titles() {
    return List.copyOf(titles);
  }

  List<RegistrationDraft.PersonPledge> people() {
    return people.stream().map(PersonEntry::pledge).toList();
  }

  /** A person aiming at a title, kept with the name the officer gave. */
  @Embeddable
  record PersonEntry(
      @Column(name = "person_id") long personId,
      @Column(name = "full_name") String fullName,
      @Column(name = "title_code") String titleCode,
      @Column(name = "honour_code") String honourCode) {

    RegistrationDraft.PersonPledge pledge() {
      return new RegistrationDraft.PersonPledge(
          personId, fullName, honourCode == null ? titleCode : honourCode);
    }
  }
}
