package vn.thidua.honours;

import java.util.List;

/**
 * At most a share of the proposing unit's holders of another title, counting those already honoured
 * this year, the unit's other nominations and this one: "Chiến sĩ thi đua cơ sở không quá 15% số
 * người đạt Lao động tiên tiến".
 */
record ShareCap(int percent, String ofHonourCode) implements HonourRule {

  static ShareCap of(RuleParams p) {
    return new ShareCap(p.whole("percent"), p.text("ofHonourCode"));
  }

  @Override
  public RuleKind kind() {
    return RuleKind.SHARE_CAP;
  }

  /** The cap rounds down: 15 % of 10 holders allows 1. */
  static long cap(long holders, int percent) {
    return holders * percent / 100;
  }

  @Override
  public List<RuleOutcome> check(Candidate candidate, NomineeFacts facts) {
    long unit = candidate.nominee().proposingUnitId();
    int year = candidate.year();
    long base = facts.holdersInSubtree(unit, ofHonourCode, null, year);
    long cap = cap(base, percent);
    long already =
        facts.holdersInSubtree(unit, candidate.honour().code(), candidate.grade().grade(), year);
    long withThis = already + candidate.round().nominationsOfHonourByProposingUnit() + 1;
    String baseName = facts.honour(ofHonourCode).map(HonourView::name).orElse(ofHonourCode);
    return List.of(
        new RuleOutcome(
            kind(),
            withThis <= cap,
            withThis <= cap ? "honours.rule.SHARE_CAP.pass" : "honours.rule.SHARE_CAP.fail",
            List.of(percent, baseName, base, cap, withThis)));
  }

  @Override
  public RuleText describe(HonourNames names) {
    return RuleText.of("honours.rule.SHARE_CAP.text", percent, names.of(ofHonourCode, null));
  }
}
