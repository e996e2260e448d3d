package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A unit's registration as pages and the API show it, with each criterion's pledged target. */
public record RegistrationView(
    long id,
    long movementId,
    String movementName,
    long unitId,
    String unitName,
    RegistrationStatus status,
    List<Pledge> targets,
    List<AimedTitle> titles,
    List<RegistrationDraft.PersonPledge> people,
    String note,
    String reviewReason,
    boolean late,
    Instant submittedAt,
    String submittedBy,
    Instant reviewedAt,
    String reviewedBy,
    int version) {

  /**
   * A criterion of the movement with the target the unit pledged; {@code pledged} is null for a
   * yes/no criterion and for a numeric one not pledged yet.
   */
  public record Pledge(
      long criterionId,
      int number,
      String criterion,
      String unitOfMeasure,
      Measure measure,
      Direction direction,
      BigDecimal movementTarget,
      BigDecimal pledged) {}

  /** The day it was submitted, in Vietnam. */
  public LocalDate submittedOn() {
    return MovementCalendar.dayOf(submittedAt);
  }

  /** The day it was reviewed, in Vietnam. */
  public LocalDate reviewedOn() {
    return MovementCalendar.dayOf(reviewedAt);
  }

  /** The registration as a draft to edit. */
  public RegistrationDraft toDraft() {
    return new RegistrationDraft(
        unitId,
        targets.stream()
            .filter(pledge -> pledge.pledged() != null)
            .map(
                pledge ->
                    new RegistrationDraft.TargetPledge(pledge.criterionId(), pledge.pledged()))
            .toList(),
        titles.stream().map(AimedTitle::code).toList(),
        people,
        note,
        version);
  }
}
