package vn.thidua.contest;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A round of a contest (lý thuyết, thực hành…); its weight says how much it counts in the final
 * score.
 */
@Entity(name = "ContestRound")
@Table(name = "contest_round")
class Round {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contest_id")
  private Contest contest;

  private int position;
  private String name;
  private LocalDate heldOn;
  private int weight;

  protected Round() {}

  Round(Contest contest, int position, String name, LocalDate heldOn, int weight) {
    this.contest = contest;
    this.position = position;
    this.name = name;
    this.heldOn = heldOn;
    this.weight = weight;
  }

  Long id() {
    return id;
  }

  int position() {
    return position;
  }

  String name() {
    return name;
  }

  LocalDate heldOn() {
    return heldOn;
  }

  int weight() {
    return weight;
  }
}
