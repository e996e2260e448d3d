package vn.thidua.honours;

import java.util.List;

/**
 * The eligibility and quota engine: checks a nominee against the active rules of an honour and
 * says, rule by rule, which pass and which fail and why. It checks the data, not who asks: a caller
 * acting for a user checks that the user may see the nominee.
 */
public interface Eligibility {

  /**
   * The outcome of every active rule of the honour that applies to the grade and the kind of
   * nominee, in the rules' order; empty when the honour has none. Refuses an unknown honour, grade
   * or nominee and an honour not given to that kind of nominee.
   */
  List<RuleOutcome> check(NomineeCase nominee);
}
