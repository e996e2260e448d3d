package vn.thidua.decision;

import java.time.LocalDate;
import vn.thidua.shared.web.Paged;

/**
 * The decision module's facade. Every method acts for the signed-in user: drafting, editing and
 * issuing need an officer of the issuing unit (or above); reading needs a grant in the issuing
 * unit's subtree or above it. Every change is recorded in the audit log.
 */
public interface Decisions {

  /**
   * Saves a draft decision (officer of the issuing unit); validates honours, grades and awardees;
   * returns its id.
   */
  long draft(DecisionDraft draft);

  /** Scoped: visible to the issuing unit's subtree and above. */
  DecisionView get(long decisionId);

  /**
   * Issues the draft: assigns the next number for the issuing unit and year, makes it immutable.
   */
  DecisionView issue(long decisionId, int version, LocalDate signedOn);

  /** Replaces a draft's content; an issued decision is refused and stays as it is. */
  DecisionView update(long decisionId, int version, DecisionDraft draft);

  /** Adds one awardee to a draft; returns the draft with its new version. */
  DecisionView addAwardee(long decisionId, int version, AwardeeDraft awardee);

  /** Removes one awardee line from a draft. */
  DecisionView removeAwardee(long decisionId, int version, long lineId);

  /** Deletes a draft; an issued decision is refused. */
  void discard(long decisionId, int version);

  /**
   * Drafts a later decision that revokes or amends an issued one. Its issuing unit is the earlier
   * decision's or one above it; a REVOKE has no awardees, an AMEND carries the corrected list.
   * Issuing it marks the earlier decision REVOKED or AMENDED and revokes the honours it granted.
   */
  long draftRevision(long targetDecisionId, DecisionKind kind, DecisionDraft draft);

  /** The decisions of the user's units and the units below them, newest first. */
  Paged<DecisionSummary> search(DecisionFilter filter, int page, int size);
}
