package vn.thidua.movement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.thidua.shared.web.DomainException;

/** What one unit reported for one phase, criterion by criterion. */
@Entity
@Table(name = "progress_report")
class ProgressReport {

  private static final BigDecimal LIMIT = new BigDecimal("10000000000000000");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long movementId;
  private long phaseId;
  private long unitId;
  private String reportedBy;
  private Instant reportedAt;
  @Version private int version;

  @ElementCollection
  @CollectionTable(name = "progress_value", joinColumns = @JoinColumn(name = "report_id"))
  @MapKeyColumn(name = "criterion_id")
  private Map<Long, Entry> values = new LinkedHashMap<>();

  protected ProgressReport() {}

  ProgressReport(long movementId, long phaseId, long unitId) {
    this.movementId = movementId;
    this.phaseId = phaseId;
    this.unitId = unitId;
  }

  /**
   * Replaces the reported values. A phase is reported from its first day on (late reports are
   * welcome); each value must suit its criterion: 0 or 1 for yes/no, zero or more otherwise.
   */
  void record(
      ProgressDraft draft,
      RegistrationTerms terms,
      MovementView.PhaseView phase,
      LocalDate today,
      String by,
      Instant now) {
    if (!phase.startedBy(today)) {
      throw DomainException.invalid("progress.phaseNotStarted", phase.number(), phase.startsOn());
    }
    Map<Long, Entry> reported = new LinkedHashMap<>();
    for (ProgressDraft.Value value : draft.values()) {
      RegistrationTerms.Rule rule = terms.criteria().get(value.criterionId());
      if (rule == null) {
        throw DomainException.invalid(
            "registration.unknownCriterion", String.valueOf(value.criterionId()));
      }
      if (value.value() == null) {
        continue;
      }
      reported.put(
          value.criterionId(),
          new Entry(
              checked(rule, value.value()),
              Inputs.optional(value.note(), 1000, "progress.noteTooLong", rule.name())));
    }
    values.clear();
    values.putAll(reported);
    this.reportedBy = by;
    this.reportedAt = now;
  }

  private static BigDecimal checked(RegistrationTerms.Rule rule, BigDecimal value) {
    if (rule.measure() == Measure.YES_NO) {
      if (value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
        throw DomainException.invalid("progress.yesNoValue", rule.name());
      }
      return value;
    }
    if (value.signum() < 0) {
      throw DomainException.invalid("progress.negative", rule.name());
    }
    if (value.compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid("progress.format", rule.name());
    }
    return value;
  }

  void requireVersion(Integer edited) {
    if (id != null && (edited == null || edited != version)) {
      throw new ObjectOptimisticLockingFailureException(ProgressReport.class, id);
    }
  }

  Long id() {
    return id;
  }

  long unitId() {
    return unitId;
  }

  long phaseId() {
    return phaseId;
  }

  String reportedBy() {
    return reportedBy;
  }

  Instant reportedAt() {
    return reportedAt;
  }

  int version() {
    return version;
  }

  Map<Long, Entry> values() {
    return Map.copyOf(values);
  }

  /** One criterion's value with the note that explains it. */
  @Embeddable
  record Entry(@Column(name = "value") BigDecimal value, @Column(name = "note") String note) {}
}
