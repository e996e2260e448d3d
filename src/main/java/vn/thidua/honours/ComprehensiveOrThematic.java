package vn.thidua.honours;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A level does not give one nominee both an all-round and a thematic award in a year: the other
 * awards proposed for the nominee at the deciding unit this year, and those it already granted,
 * must share this award's scope.
 */
record ComprehensiveOrThematic() implements HonourRule {

  @Override
  public RuleKind kind() {
    return RuleKind.COMPREHENSIVE_OR_THEMATIC;
  }

  @Override
  public List<RuleOutcome> check(Candidate candidate, NomineeFacts facts) {
    HonourView honour = candidate.honour();
    if (honour.kind() != HonourKind.AWARD) {
      return List.of(RuleOutcome.pass(kind(), "honours.rule.COMPREHENSIVE_OR_THEMATIC.title"));
    }
    long decidingUnit = candidate.nominee().decidingUnitId();
    Set<String> others = new LinkedHashSet<>(candidate.round().otherHonoursForNominee());
    facts.held(candidate, candidate.year(), candidate.year()).stream()
        .filter(h -> !h.revoked() && h.grantingUnitId() == decidingUnit)
        .forEach(h -> others.add(h.honourCode()));
    for (String code : others) {
      Optional<HonourView> other = facts.honour(code);
      if (other.isPresent()
          && other.get().kind() == HonourKind.AWARD
          && other.get().scope() != honour.scope()) {
        return List.of(
            RuleOutcome.fail(
                kind(),
                "honours.rule.COMPREHENSIVE_OR_THEMATIC.fail",
                other.get().name(),
                candidate.year()));
      }
    }
    return List.of(
        RuleOutcome.pass(kind(), "honours.rule.COMPREHENSIVE_OR_THEMATIC.pass", candidate.year()));
  }

  @Override
  public RuleText describe(HonourNames names) {
    return RuleText.of("honours.rule.COMPREHENSIVE_OR_THEMATIC.text");
  }
}
