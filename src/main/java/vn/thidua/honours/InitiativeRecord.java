package vn.thidua.honours;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.shared.web.DomainException;

/**
 * An initiative record over N years: at least K initiatives recognised at a level or above, or a
 * total benefit of at least V VND (either is enough when both are set).
 */
record InitiativeRecord(Integer minInitiatives, String level, Long minBenefitVnd, int years)
    implements HonourRule {

  static final List<String> LEVELS = List.of("GRASSROOTS", "DISTRICT", "PROVINCE", "NATIONAL");

  InitiativeRecord {
    if (minInitiatives == null && minBenefitVnd == null) {
      throw DomainException.invalid("honours.rule.INITIATIVE_RECORD.nothingRequired");
    }
    level = level == null ? "GRASSROOTS" : level;
  }

  static InitiativeRecord of(RuleParams p) {
    return new InitiativeRecord(
        p.whole("minInitiatives"), p.text("level"), p.longValue("minBenefitVnd"), p.whole("years"));
  }

  @Override
  public RuleKind kind() {
    return RuleKind.INITIATIVE_RECORD;
  }

  @Override
  public List<RuleOutcome> check(Candidate candidate, NomineeFacts facts) {
    int firstYear = candidate.year() - years + 1;
    List<InitiativeCredit> credits =
        facts.initiatives(
            candidate, LocalDate.of(firstYear, 1, 1), LocalDate.of(candidate.year(), 12, 31));
    int rank = level(level);
    long atLevel =
        credits.stream()
            .filter(c -> c.levelRank() >= rank)
            .map(InitiativeCredit::initiativeId)
            .distinct()
            .count();
    Map<Long, Long> benefitByInitiative = new HashMap<>();
    for (InitiativeCredit credit : credits) {
      if (credit.benefitVnd() != null) {
        benefitByInitiative.merge(credit.initiativeId(), credit.benefitVnd(), Math::max);
      }
    }
    long benefit = benefitByInitiative.values().stream().mapToLong(Long::longValue).sum();
    boolean enoughInitiatives = minInitiatives != null && atLevel >= minInitiatives;
    boolean enoughBenefit = minBenefitVnd != null && benefit >= minBenefitVnd;
    String key =
        enoughInitiatives || enoughBenefit
            ? "honours.rule.INITIATIVE_RECORD.pass"
            : "honours.rule.INITIATIVE_RECORD.fail";
    RuleOutcome outcome =
        new RuleOutcome(
            kind(),
            enoughInitiatives || enoughBenefit,
            key,
            List.of(atLevel, rank, benefit, firstYear, candidate.year()));
    return List.of(outcome);
  }

  /** The level as its rank, which the messages spell out with a choice format. */
  static int level(String level) {
    return LEVELS.indexOf(level) + 1;
  }

  @Override
  public RuleText describe(HonourNames names) {
    if (minBenefitVnd == null) {
      return RuleText.of(
          "honours.rule.INITIATIVE_RECORD.textCount", minInitiatives, level(level), years);
    }
    if (minInitiatives == null) {
      return RuleText.of("honours.rule.INITIATIVE_RECORD.textBenefit", minBenefitVnd, years);
    }
    return RuleText.of(
        "honours.rule.INITIATIVE_RECORD.textEither",
        minInitiatives,
        level(level),
        minBenefitVnd,
        years);
  }
}
