package vn.thidua.nomination;

import java.util.List;

/** A nomination as the review board lists it, with its rule check where the board ran it. */
public record NominationRow(
    long id,
    long proposingUnitId,
    String proposingUnitName,
    NomineeKind recipient,
    Long personId,
    Long collectiveUnitId,
    String nomineeName,
    HonourRef honour,
    NominationState state,
    VoteTally tally,
    Long decisionId,
    int version,
    List<RuleResult> rules) {

  public NominationRow {
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** Whether no rule checked blocks it (true when none was checked); warnings may remain. */
  public boolean eligible() {
    return RuleResult.noneBlocks(rules);
  }

  /** Whether a rule that only warns failed. */
  public boolean warned() {
    return rules.stream().anyMatch(RuleResult::warns);
  }

  NominationRow withRules(List<RuleResult> checked) {
    return new NominationRow(
        id,
        proposingUnitId,
        proposingUnitName,
        recipient,
        personId,
        collectiveUnitId,
        nomineeName,
        honour,
        state,
        tally,
        decisionId,
        version,
        checked);
  }
}
