package vn.thidua.movement;

import java.util.List;
import java.util.Optional;

/**
 * Registering for a launched movement. An officer of a participating unit (or above it) registers
 * the unit and its people, edits the draft and submits it before the deadline; an officer of the
 * organiser approves, rejects or returns it. Every step carries the version it was decided on.
 */
public interface Registrations {

  /** Starts the unit's registration as a draft; one registration per unit and movement. */
  long register(long movementId, RegistrationDraft draft);

  void edit(long registrationId, RegistrationDraft draft);

  void submit(long registrationId, Integer version);

  void approve(long registrationId, Integer version);

  /** Refuses the registration for good; the reason is required. */
  void reject(long registrationId, String reason, Integer version);

  /** Sends the registration back to the unit for changes; the reason is required. */
  void returnForChanges(long registrationId, String reason, Integer version);

  RegistrationView get(long registrationId);

  /** The unit's registration for the movement, when the user may see the unit. */
  Optional<RegistrationView> find(long movementId, long unitId);

  /** The organiser's board: counts and every participant's registration. */
  RegistrationBoard board(long movementId);

  /** The participants the user sees (their own units), with their registrations. */
  List<RegistrationBoard.Row> visibleParticipants(long movementId);
}
