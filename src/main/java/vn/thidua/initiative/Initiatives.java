package vn.thidua.initiative;

import java.util.List;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.web.Paged;

/**
 * The initiative registry as the signed-in user may use it. Initiatives of units the user cannot
 * see do not exist for them; officers enter and change them for their units, and a worker holding a
 * role in a grassroots union submits their own there. Each level's council members score, and its
 * officers propose and decide.
 */
public interface Initiatives {

  /**
   * Enters an initiative, under review at its grassroots union from then on.
   *
   * @throws PossibleDuplicate when the unit has one with a very close title and the form does not
   *     confirm it is another
   */
  InitiativeView submit(InitiativeForm form);

  /** Changes what it says, before any level decided; the form carries the version it changes. */
  InitiativeView change(long initiativeId, InitiativeForm form);

  InitiativeView get(long initiativeId);

  Paged<InitiativeRow> search(InitiativeSearch search);

  /** The initiatives the signed-in user submitted, newest first, to follow their status. */
  Paged<InitiativeRow> mine(int page, int size);

  /** Initiatives of the unit whose folded title is very close to the given one. */
  List<SimilarInitiative> similar(long unitId, String title, Long exceptId);

  /** The grassroots unions and other units where the signed-in user may enter initiatives. */
  List<UnitSummary> submittableUnits();

  InitiativeView propose(long initiativeId, Proposal proposal);

  /** A council member of the open review's unit scores it, once. */
  InitiativeView score(long initiativeId, RecognitionLevel level, CouncilScore sheet);

  /**
   * An officer of the reviewing unit records the decision.
   *
   * @throws LowerLevelNotRecognised when the level below did not recognise it
   */
  InitiativeView decide(long initiativeId, RecognitionLevel level, Decision decision);
}
