package vn.thidua.decision;

import vn.thidua.shared.document.Letterhead;

/**
 * The printable documents of a decision, for users who may read it ({@link Decisions#get}): the
 * decision as PDF and DOCX (a draft prints marked "DỰ THẢO"), and the certificates of an issued
 * decision in force, one page per awardee.
 */
public interface DecisionDocuments {

  DecisionFile pdf(long decisionId);

  DecisionFile docx(long decisionId);

  DecisionFile certificates(long decisionId);

  /**
   * The unit's letterhead as its decisions print it (the place an officer chose, or its province),
   * for other documents of the unit; names only, so it does not check who asks.
   */
  Letterhead letterhead(long unitId);
}
