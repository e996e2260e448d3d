package vn.thidua.honours;

import java.util.List;

/**
 * Selection only from those honoured below: a grade above the first is chosen among the holders of
 * the grade below in the same year, or among the holders of a named honour (Chiến sĩ thi đua cơ sở
 * among those with Lao động tiên tiến).
 */
record HeldAtGradeBelow(String honourCode, Integer grade) implements HonourRule {

  static HeldAtGradeBelow of(RuleParams p) {
    return new HeldAtGradeBelow(p.text("honourCode"), p.whole("grade"));
  }

  @Override
  public RuleKind kind() {
    return RuleKind.HELD_AT_GRADE_BELOW;
  }

  @Override
  public List<RuleOutcome> check(Candidate candidate, NomineeFacts facts) {
    String code = honourCode == null ? candidate.honour().code() : honourCode;
    int wanted;
    if (grade != null) {
      wanted = grade;
    } else if (honourCode == null || honourCode.equals(candidate.honour().code())) {
      wanted = candidate.grade().grade() - 1;
    } else {
      wanted = 1;
    }
    if (wanted < 1) {
      return List.of(
          RuleOutcome.pass(
              kind(), "honours.rule.HELD_AT_GRADE_BELOW.lowest", candidate.grade().name()));
    }
    String below =
        facts
            .honour(code)
            .flatMap(h -> h.grades().stream().filter(g -> g.grade() == wanted).findFirst())
            .map(HonourGrade::name)
            .orElse(code);
    boolean held =
        facts.held(candidate, candidate.year(), candidate.year()).stream()
            .anyMatch(h -> !h.revoked() && h.honourCode().equals(code) && h.grade() == wanted);
    return List.of(
        held
            ? RuleOutcome.pass(
                kind(), "honours.rule.HELD_AT_GRADE_BELOW.pass", below, candidate.year())
            : RuleOutcome.fail(
                kind(), "honours.rule.HELD_AT_GRADE_BELOW.fail", below, candidate.year()));
  }

  @Override
  public RuleText describe(HonourNames names) {
    if (honourCode == null) {
      return RuleText.of("honours.rule.HELD_AT_GRADE_BELOW.textBelow");
    }
    return RuleText.of(
        "honours.rule.HELD_AT_GRADE_BELOW.text", names.of(honourCode, grade == null ? 1 : grade));
  }
}
