package vn.thidua.honours;

import java.util.Map;

/**
 * A rule row of an honour.
 *
 * @param grade the grade it applies to; null for every grade
 * @param recipient the kind of nominee it applies to; null for both
 * @param text the rule as a sentence, in the reader's language through a message source
 */
public record HonourRuleView(
    long id,
    String honourCode,
    Integer grade,
    Recipient recipient,
    RuleKind kind,
    Map<String, Object> params,
    int position,
    boolean active,
    RuleSeverity severity,
    int version,
    RuleText text) {

  public HonourRuleView {
    params = Map.copyOf(params);
  }
}
