package vn.thidua.initiative;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A unit's target in a programme (chỉ tiêu), and the unit that handed it down. */
@Entity
@Table(name = "programme_target")
class ProgrammeTarget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long programmeId;
  private long unitId;
  private Long handedById;
  private int target;
  private String setBy;
  private Instant setAt;
  @Version private int version;

  protected ProgrammeTarget() {}

  ProgrammeTarget(
      long programmeId, long unitId, Long handedById, int target, String setBy, Instant setAt) {
    this.programmeId = programmeId;
    this.unitId = unitId;
    this.handedById = handedById;
    this.target = target;
    this.setBy = setBy;
    this.setAt = setAt;
  }

  void change(int target, String setBy, Instant setAt) {
    this.target = target;
    this.setBy = setBy;
    this.setAt = setAt;
  }

  Long id() {
    return id;
  }

  long programmeId() {
    return programmeId;
  }

  long unitId() {
    return unitId;
  }

  Long handedById() {
    return handedById;
  }

  int target() {
    return target;
  }

  int version() {
    return version;
  }
}
