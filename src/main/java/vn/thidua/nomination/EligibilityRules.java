package vn.thidua.nomination;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.honours.HonourHeld;
import vn.thidua.honours.HonourView;
import vn.thidua.honours.Honours;

/**
 * The rules a nominee must meet before the nomination is submitted, each a named sentence: the
 * honour suits the nominee, a graded honour goes only to those honoured at the grade below, and the
 * proposing unit stays within its quota.
 */
@Component
class EligibilityRules {

  private final Honours honours;
  private final NominationQueries queries;

  EligibilityRules(Honours honours, NominationQueries queries) {
    this.honours = honours;
    this.queries = queries;
  }

  List<RuleResult> check(Nomination nomination, Round round) {
    return check(
        nomination.honour(),
        nomination.nominee(),
        nomination.proposingUnitId(),
        nomination.proposingUnitPath(),
        round);
  }

  List<RuleResult> check(
      HonourRef ref, Nominee nominee, long proposingUnitId, String proposingPath, Round round) {
    List<RuleResult> results = new ArrayList<>();
    HonourView honour = honours.find(ref.code()).orElse(null);
    if (honour == null) {
      results.add(fail("honourInTheCatalogue", "nomination.rule.unknown", ref.code()));
      return results;
    }
    results.add(honourSuitsTheNominee(honour, nominee));
    if (ref.grade() > 1 && honour.hasGrades()) {
      results.add(onlyThoseHonouredAtTheLevelBelow(honour, ref, nominee, round));
    }
    round
        .quotaOf(proposingUnitId)
        .ifPresent(quota -> results.add(atMostTheQuota(quota, proposingPath, round)));
    return results;
  }

  private static RuleResult honourSuitsTheNominee(HonourView honour, Nominee nominee) {
    boolean suits = honour.allows(HonourCheck.recipient(nominee.kind()));
    return new RuleResult(
        "honourSuitsTheNominee",
        suits,
        suits ? "nomination.rule.suits" : "nomination.rule.suitsNot",
        List.of(honour.name()));
  }

  private RuleResult onlyThoseHonouredAtTheLevelBelow(
      HonourView honour, HonourRef ref, Nominee nominee, Round round) {
    int below = ref.grade() - 1;
    List<HonourHeld> held =
        nominee.kind() == NomineeKind.INDIVIDUAL
            ? honours.heldByPerson(nominee.personId(), round.year(), round.year())
            : honours.heldByUnit(nominee.unitId(), round.year(), round.year());
    boolean found =
        held.stream()
            .anyMatch(h -> !h.revoked() && h.honourCode().equals(ref.code()) && h.grade() == below);
    String belowName = honour.grade(below).name();
    return new RuleResult(
        "onlyThoseHonouredAtTheLevelBelow",
        found,
        found ? "nomination.rule.below" : "nomination.rule.belowNot",
        List.of(belowName, String.valueOf(round.year())));
  }

  private RuleResult atMostTheQuota(int quota, String proposingPath, Round round) {
    long count = queries.countFrom(round.id(), proposingPath);
    boolean within = count <= quota;
    return new RuleResult(
        "atMostTheQuota",
        within,
        within ? "nomination.rule.quota" : "nomination.rule.quotaNot",
        List.of(count, quota));
  }

  private static RuleResult fail(String rule, String key, Object arg) {
    return new RuleResult(rule, false, key, List.of(arg));
  }
}
