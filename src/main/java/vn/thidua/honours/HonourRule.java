package vn.thidua.honours;

import java.util.List;

/** One eligibility or quota policy, built from a rule row's kind and parameters. */
interface HonourRule {

  RuleKind kind();

  /** One outcome, or one per condition for rules that check several. */
  List<RuleOutcome> check(Candidate candidate, NomineeFacts facts);

  /** The rule as a sentence, e.g. "Đạt Lao động tiên tiến 2 năm liên tục". */
  RuleText describe(HonourNames names);
}
