package vn.thidua.honours;

import java.util.List;

/**
 * The rules of each honour as rows: everyone signed in reads them, an administrator of the national
 * unit adds, changes and retires them. Every change is audited.
 */
public interface RuleBook {

  /** The honour's rules in order, retired ones included. */
  List<HonourRuleView> rulesOf(String honourCode);

  HonourRuleView rule(String honourCode, long ruleId);

  HonourRuleView add(String honourCode, RuleForm form);

  /** Changes a rule's grade, recipient, parameters, place or activity; its kind stays. */
  HonourRuleView change(String honourCode, long ruleId, RuleForm form);
}
