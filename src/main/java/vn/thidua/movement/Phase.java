package vn.thidua.movement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A phase (đợt) of a movement, with its own dates and theme. */
@Entity
@Table(name = "movement_phase")
class Phase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "movement_id")
  private Movement movement;

  private int position;
  private String name;
  private String theme;
  private LocalDate startsOn;
  private LocalDate endsOn;

  protected Phase() {}

  Phase(
      Movement movement,
      int position,
      String name,
      String theme,
      LocalDate startsOn,
      LocalDate endsOn) {
    this.movement = movement;
    this.position = position;
    this.name = name;
    this.theme = theme;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  /** Takes the description of a newly described phase at the same position. */
  void redescribe(Phase described) {
    this.name = described.name;
    this.theme = described.theme;
    this.startsOn = described.startsOn;
    this.endsOn = described.endsOn;
  }

  boolean overlaps(Phase other) {
    return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
  }

  MovementView.PhaseView view() {
    return new MovementView.PhaseView(id == null ? 0 : id, position, name, theme, startsOn, endsOn);
  }

  Long id() {
    return id;
  }

  int position() {
    return position;
  }

  LocalDate startsOn() {
    return startsOn;
  }

  LocalDate endsOn() {
    return endsOn;
  }
}
