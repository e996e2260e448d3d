package vn.thidua.movement;

import java.util.List;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.web.Paged;

/**
 * The movement module's facade: drafting and launching movements, and reading them within the
 * signed-in user's units. An officer of the organising unit (or above) drafts and launches; a
 * launched movement is visible to everyone who sees the organiser or one of its participants.
 */
public interface Movements {

  /** Saves a new draft and returns its id. The organiser must be above grassroots. */
  long draft(MovementDraft draft);

  /** Replaces a draft; the draft carries the version it was made on (409 when stale). */
  void edit(long movementId, MovementDraft draft);

  /** Launches a draft, naming whatever is still missing; the version must be the one stored. */
  void launch(long movementId, Integer version);

  /** Deletes a draft that was never launched. */
  void discard(long movementId, Integer version);

  MovementView get(long movementId);

  /** Movements the user may see, newest first, searched by name without diacritics. */
  Paged<MovementSummary> list(String query, int page, int size);

  /** The participants of a launched movement; empty for a draft. */
  List<Participant> participants(long movementId);

  /** Launched movements the unit takes part in, and movements it organises. */
  List<UnitMovement> forUnit(long unitId);

  /**
   * Units below the organiser whose name matches the query, for naming participants and pilot
   * units; the user must be an officer of the organiser.
   */
  List<UnitSummary> candidates(long organiserId, String query);

  /** Whether the signed-in user may edit, launch and review the movement (organiser's officer). */
  boolean canManage(long movementId);

  /** The active honours of the catalogue a movement may lead to. */
  List<AimedTitle> titleChoices();
}
