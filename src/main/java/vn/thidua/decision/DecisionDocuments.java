package vn.thidua.decision;

/**
 * The printable documents of a decision, for users who may read it ({@link Decisions#get}): the
 * decision as PDF and DOCX (a draft prints marked "DỰ THẢO"), and the certificates of an issued
 * decision in force, one page per awardee.
 */
public interface DecisionDocuments {

  DecisionFile pdf(long decisionId);

  DecisionFile docx(long decisionId);

  DecisionFile certificates(long decisionId);
}
