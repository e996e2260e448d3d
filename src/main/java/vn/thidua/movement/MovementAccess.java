package vn.thidua.movement;

import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.web.DomainException;

/**
 * Who may see and manage a movement. The organiser's subtree and the levels above it see it (drafts
 * included); once launched, so does everyone who sees one of its participants. Officers of the
 * organiser (or above) manage it: edit, launch, review registrations, adjust scores.
 */
@Component
class MovementAccess {

  private final MovementRepository movements;
  private final OrgUnits units;
  private final ParticipantDirectory participants;

  MovementAccess(MovementRepository movements, OrgUnits units, ParticipantDirectory participants) {
    this.movements = movements;
    this.units = units;
    this.participants = participants;
  }

  /** The movement, or "not found" when it does not exist or the user may not see it. */
  Movement visible(long movementId) {
    Movement movement = find(movementId);
    if (!canSee(movement)) {
      throw notFound(movementId);
    }
    return movement;
  }

  /** The movement seen from the organiser's side: its board, progress and ranking. */
  Movement asOrganiser(long movementId) {
    Movement movement = visible(movementId);
    if (!units.canSee(movement.organiserId())) {
      throw DomainException.forbidden("movement.organiserOnly");
    }
    return movement;
  }

  /** The movement, for an officer of the organiser: 404 when hidden, 403 when read-only. */
  Movement manageable(long movementId) {
    Movement movement = visible(movementId);
    if (!units.canChange(movement.organiserId())) {
      throw DomainException.forbidden("movement.organiserOnly");
    }
    return movement;
  }

  boolean canSee(Movement movement) {
    return units.canSee(movement.organiserId())
        || (movement.status() == MovementStatus.LAUNCHED && participants.anyVisible(movement.id()));
  }

  boolean canManage(Movement movement) {
    return units.canChange(movement.organiserId());
  }

  private Movement find(long movementId) {
    return movements.findById(movementId).orElseThrow(() -> notFound(movementId));
  }

  private static DomainException notFound(long movementId) {
    return DomainException.notFound("movement.notFound", String.valueOf(movementId));
  }
}
