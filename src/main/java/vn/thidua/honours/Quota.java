package vn.thidua.honours;

import java.util.List;
import vn.thidua.honours.RuleKind.QuotaScope;

/**
 * At most N nominations: of this honour by one proposing unit, for one theme by one proposing unit
 * (at most 4 per province for a thematic national Bằng khen), or of this honour at the deciding
 * level in a year, counting those it already granted.
 */
record Quota(QuotaScope per, int max) implements HonourRule {

  static Quota of(RuleParams p) {
    return new Quota(QuotaScope.valueOf(p.text("per")), p.whole("max"));
  }

  @Override
  public RuleKind kind() {
    return RuleKind.QUOTA;
  }

  @Override
  public List<RuleOutcome> check(Candidate candidate, NomineeFacts facts) {
    RoundContext round = candidate.round();
    long count =
        switch (per) {
          case PROPOSING_UNIT -> round.nominationsOfHonourByProposingUnit() + 1;
          case THEME -> {
            String theme = candidate.honour().theme();
            if (theme == null) {
              yield -1;
            }
            yield round.nominationsForThemeByProposingUnit(theme) + 1;
          }
          case LEVEL ->
              facts.grantedBy(
                      candidate.nominee().decidingUnitId(),
                      candidate.honour().code(),
                      candidate.grade().grade(),
                      candidate.year())
                  + round.nominationsOfHonourInRound()
                  + 1;
        };
    if (count < 0) {
      return List.of(RuleOutcome.pass(kind(), "honours.rule.QUOTA.noTheme"));
    }
    String key = "honours.rule.QUOTA." + per.name() + (count <= max ? ".pass" : ".fail");
    return List.of(new RuleOutcome(kind(), count <= max, key, List.of(count, max)));
  }

  @Override
  public RuleText describe(HonourNames names) {
    return RuleText.of("honours.rule.QUOTA." + per.name() + ".text", max);
  }
}
