package vn.thidua.honours;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Holds a title in N consecutive years, the last of them the nomination year or, with yearsBefore,
 * a year before it: "Đạt Lao động tiên tiến 2 năm liên tục".
 */
record ConsecutiveYears(String honourCode, Integer grade, int years, int yearsBefore)
    implements HonourRule {

  static ConsecutiveYears of(RuleParams p) {
    Integer before = p.whole("yearsBefore");
    return new ConsecutiveYears(
        p.text("honourCode"), p.whole("grade"), p.whole("years"), before == null ? 0 : before);
  }

  @Override
  public RuleKind kind() {
    return RuleKind.CONSECUTIVE_YEARS;
  }

  @Override
  public List<RuleOutcome> check(Candidate candidate, NomineeFacts facts) {
    int last = candidate.year() - yearsBefore;
    int first = last - years + 1;
    Set<Integer> heldYears =
        facts.held(candidate, first, last).stream()
            .filter(h -> !h.revoked() && h.honourCode().equals(honourCode))
            .filter(h -> grade == null || h.grade() == grade)
            .map(HonourHeld::year)
            .collect(Collectors.toSet());
    Set<Integer> missing = new TreeSet<>();
    for (int year = first; year <= last; year++) {
      if (!heldYears.contains(year)) {
        missing.add(year);
      }
    }
    String name = facts.honour(honourCode).map(HonourView::name).orElse(honourCode);
    if (missing.isEmpty()) {
      return List.of(
          RuleOutcome.pass(
              kind(), "honours.rule.CONSECUTIVE_YEARS.pass", name, years, first, last));
    }
    String gaps = missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return List.of(
        RuleOutcome.fail(
            kind(), "honours.rule.CONSECUTIVE_YEARS.fail", name, years, first, last, gaps));
  }

  @Override
  public RuleText describe(HonourNames names) {
    String name = names.of(honourCode, grade);
    return yearsBefore == 0
        ? RuleText.of("honours.rule.CONSECUTIVE_YEARS.text", name, years)
        : RuleText.of("honours.rule.CONSECUTIVE_YEARS.textBefore", name, years, yearsBefore);
  }
}
