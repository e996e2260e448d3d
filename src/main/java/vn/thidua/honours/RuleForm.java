package vn.thidua.honours;

import java.util.Map;

/**
 * A rule row as an administrator fills it in; an edit keeps the kind and sends the version it
 * started from.
 *
 * @param grade the grade it applies to; null for every grade
 * @param recipient the kind of nominee it applies to; null for both
 * @param params the kind's parameters by name (see {@link RuleKind#params()})
 * @param position its place in the honour's list; null puts a new rule last
 * @param active null reads as true
 * @param severity whether failing it blocks the nomination or only warns; null reads as blocking
 */
public record RuleForm(
    RuleKind kind,
    Integer grade,
    Recipient recipient,
    Map<String, Object> params,
    Integer position,
    Boolean active,
    Integer version,
    RuleSeverity severity) {}
