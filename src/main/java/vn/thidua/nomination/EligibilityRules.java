package vn.thidua.nomination;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.honours.Eligibility;
import vn.thidua.honours.HonourView;
import vn.thidua.honours.Honours;
import vn.thidua.honours.NomineeCase;
import vn.thidua.honours.RuleOutcome;
import vn.thidua.honours.RuleSeverity;
import vn.thidua.shared.web.DomainException;

/**
 * The rules a nominee must meet before the nomination is submitted: the honour suits the nominee,
 * the round's own quota for the proposing unit, and the honour's rules kept as data by the honours
 * module ({@link Eligibility}: held at the grade below, employment, its quotas...), which read the
 * rest of the round through {@link RoundFacts}.
 */
@Component
class EligibilityRules {

  private final Honours honours;
  private final Eligibility eligibility;
  private final NominationQueries queries;

  EligibilityRules(Honours honours, Eligibility eligibility, NominationQueries queries) {
    this.honours = honours;
    this.eligibility = eligibility;
    this.queries = queries;
  }

  List<RuleResult> check(Nomination nomination, Round round) {
    return check(
        nomination.id(),
        nomination.honour(),
        nomination.nominee(),
        nomination.proposingUnitId(),
        nomination.proposingUnitPath(),
        round);
  }

  List<RuleResult> check(
      Long nominationId,
      HonourRef ref,
      Nominee nominee,
      long proposingUnitId,
      String proposingPath,
      Round round) {
    List<RuleResult> results = new ArrayList<>();
    HonourView honour = honours.find(ref.code()).orElse(null);
    if (honour == null) {
      results.add(
          new RuleResult(
              "honourInTheCatalogue", false, "nomination.rule.unknown", List.of(ref.code())));
      return results;
    }
    RuleResult suits = honourSuitsTheNominee(honour, nominee);
    results.add(suits);
    round
        .quotaOf(proposingUnitId)
        .ifPresent(quota -> results.add(atMostTheRoundsQuota(quota, proposingPath, round)));
    if (!suits.passed()) {
      return results;
    }
    NomineeCase nomineeCase =
        new NomineeCase(
            ref.code(),
            ref.grade(),
            nominee.personId(),
            nominee.unitId(),
            round.year(),
            proposingUnitId,
            round.unitId(),
            null,
            Set.of(),
            new RoundFacts(queries, honours, round, nominationId, ref, nominee, proposingUnitId));
    try {
      for (RuleOutcome outcome : eligibility.check(nomineeCase)) {
        results.add(
            new RuleResult(
                outcome.ruleKind().name(),
                outcome.passed(),
                outcome.messageKey(),
                outcome.args(),
                outcome.severity() == RuleSeverity.WARN));
      }
    } catch (DomainException refused) {
      results.add(
          new RuleResult("honourRules", false, refused.messageKey(), List.of(refused.args())));
    }
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

  private RuleResult atMostTheRoundsQuota(int quota, String proposingPath, Round round) {
    long count = queries.countFrom(round.id(), proposingPath);
    boolean within = count <= quota;
    return new RuleResult(
        "atMostTheRoundsQuota",
        within,
        within ? "nomination.rule.quota" : "nomination.rule.quotaNot",
        List.of(count, quota));
  }
}
