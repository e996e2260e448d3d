package vn.thidua.movement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.thidua.shared.web.DomainException;

/** Points an officer adds to (or takes from) a unit's score for a phase, with the reason. */
@Entity
@Table(name = "score_adjustment")
class ScoreAdjustment {

  static final BigDecimal LIMIT = BigDecimal.valueOf(100);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long movementId;
  private long phaseId;
  private long unitId;
  private BigDecimal points;
  private String reason;
  private String adjustedBy;
  private Instant adjustedAt;
  @Version private int version;

  protected ScoreAdjustment() {}

  ScoreAdjustment(long movementId, long phaseId, long unitId) {
    this.movementId = movementId;
    this.phaseId = phaseId;
    this.unitId = unitId;
  }

  /** Sets the points, between -100 and 100 with two decimals at most; the reason is required. */
  void set(BigDecimal points, String reason, String by, Instant now) {
    if (points == null
        || points.abs().compareTo(LIMIT) > 0
        || points.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid("adjustment.points");
    }
    this.reason = Inputs.required(reason, 1000, "adjustment.reasonRequired");
    this.points = points;
    this.adjustedBy = by;
    this.adjustedAt = now;
  }

  void requireVersion(Integer edited) {
    if (id != null && (edited == null || edited != version)) {
      throw new ObjectOptimisticLockingFailureException(ScoreAdjustment.class, id);
    }
  }

  Long id() {
    return id;
  }

  long unitId() {
    return unitId;
  }

  BigDecimal points() {
    return points;
  }

  String reason() {
    return reason;
  }

  String adjustedBy() {
    return adjustedBy;
  }

  int version() {
    return version;
  }

  /** What the audit log keeps of an adjustment. */
  record Snapshot(long unitId, long phaseId, BigDecimal points, String reason) {}

  Snapshot snapshot() {
    return new Snapshot(unitId, phaseId, points, reason);
  }
}
