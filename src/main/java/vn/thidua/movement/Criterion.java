package vn.thidua.movement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.thidua.shared.web.DomainException;

/** A criterion (tiêu chí) a movement scores its participants on. */
@Entity
@Table(name = "movement_criterion")
class Criterion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "movement_id")
  private Movement movement;

  private int position;
  private String name;
  private String unitOfMeasure;

  @Enumerated(EnumType.STRING)
  private Measure measure;

  @Enumerated(EnumType.STRING)
  private Direction direction;

  private BigDecimal target;
  private BigDecimal weight;

  protected Criterion() {}

  Criterion(Movement movement, int position, MovementDraft.CriterionDraft draft) {
    this.movement = movement;
    this.position = position;
    this.name = Inputs.required(draft.name(), 300, "criterion.nameRequired", position);
    this.unitOfMeasure =
        Inputs.optional(draft.unitOfMeasure(), 50, "criterion.unitTooLong", position);
    this.measure = draft.measure() == null ? Measure.NUMERIC : draft.measure();
    this.direction =
        measure == Measure.YES_NO || draft.direction() == null
            ? Direction.HIGHER
            : draft.direction();
    this.target = Targets.checked(measure, direction, draft.target(), position);
    this.weight = checkedWeight(draft.weight(), position);
  }

  /** Takes the description of a newly described criterion at the same position. */
  void redescribe(Criterion described) {
    this.name = described.name;
    this.unitOfMeasure = described.unitOfMeasure;
    this.measure = described.measure;
    this.direction = described.direction;
    this.target = described.target;
    this.weight = described.weight;
  }

  private static BigDecimal checkedWeight(BigDecimal weight, int position) {
    if (weight == null
        || weight.signum() <= 0
        || weight.compareTo(BigDecimal.valueOf(100)) > 0
        || weight.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid("criterion.weightRange", position);
    }
    return weight;
  }

  MovementView.CriterionView view() {
    return new MovementView.CriterionView(
        id == null ? 0 : id, position, name, unitOfMeasure, measure, direction, target, weight);
  }

  RegistrationTerms.Rule rule() {
    return new RegistrationTerms.Rule(position, name, measure, direction);
  }

  Long id() {
    return id;
  }

  BigDecimal weight() {
    return weight;
  }
}
