package vn.thidua.honours;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.shared.web.DomainException;

/**
 * What a collective must show, each condition its own outcome: the share of members who completed
 * their tasks (declared), the share holding a title, at least a number holding another, and nobody
 * disciplined (declared). Tập thể lao động xuất sắc: 100 %, 70 % Lao động tiên tiến, one Chiến sĩ
 * thi đua cơ sở, nobody disciplined.
 */
record CollectiveThreshold(
    Integer tasksPercent,
    String heldHonourCode,
    Integer heldPercent,
    String holderHonourCode,
    Integer minHolders,
    boolean noDiscipline)
    implements HonourRule {

  CollectiveThreshold {
    if ((heldHonourCode == null) != (heldPercent == null)
        || (holderHonourCode == null) != (minHolders == null)) {
      throw DomainException.invalid("honours.rule.COLLECTIVE_THRESHOLD.pairs");
    }
    if (tasksPercent == null && heldPercent == null && minHolders == null && !noDiscipline) {
      throw DomainException.invalid("honours.rule.COLLECTIVE_THRESHOLD.nothingRequired");
    }
  }

  static CollectiveThreshold of(RuleParams p) {
    return new CollectiveThreshold(
        p.whole("tasksPercent"),
        p.text("heldHonourCode"),
        p.whole("heldPercent"),
        p.text("holderHonourCode"),
        p.whole("minHolders"),
        p.flag("noDiscipline"));
  }

  @Override
  public RuleKind kind() {
    return RuleKind.COLLECTIVE_THRESHOLD;
  }

  @Override
  public List<RuleOutcome> check(Candidate candidate, NomineeFacts facts) {
    if (candidate.isPerson()) {
      return List.of(RuleOutcome.pass(kind(), "honours.rule.notForIndividuals"));
    }
    long unit = candidate.nominee().collectiveUnitId();
    CollectiveFacts declared = candidate.nominee().facts();
    List<RuleOutcome> outcomes = new ArrayList<>();
    if (tasksPercent != null) {
      Integer done = declared.tasksCompletedPercent();
      if (done == null) {
        outcomes.add(RuleOutcome.fail(kind(), "honours.rule.tasks.undeclared", tasksPercent));
      } else {
        outcomes.add(
            new RuleOutcome(
                kind(),
                done >= tasksPercent,
                done >= tasksPercent ? "honours.rule.tasks.pass" : "honours.rule.tasks.fail",
                List.of(done, tasksPercent)));
      }
    }
    if (heldPercent != null) {
      outcomes.add(heldShare(candidate, facts, unit));
    }
    if (minHolders != null) {
      long holders = facts.holdersInSubtree(unit, holderHonourCode, null, candidate.year());
      String name = facts.honour(holderHonourCode).map(HonourView::name).orElse(holderHonourCode);
      outcomes.add(
          new RuleOutcome(
              kind(),
              holders >= minHolders,
              holders >= minHolders ? "honours.rule.holders.pass" : "honours.rule.holders.fail",
              List.of(name, holders, minHolders, candidate.year())));
    }
    if (noDiscipline) {
      Boolean disciplined = declared.anyoneDisciplined();
      if (disciplined == null) {
        outcomes.add(RuleOutcome.fail(kind(), "honours.rule.discipline.undeclared"));
      } else if (disciplined) {
        outcomes.add(RuleOutcome.fail(kind(), "honours.rule.discipline.fail"));
      } else {
        outcomes.add(RuleOutcome.pass(kind(), "honours.rule.discipline.pass"));
      }
    }
    return outcomes;
  }

  private RuleOutcome heldShare(Candidate candidate, NomineeFacts facts, long unit) {
    String name = facts.honour(heldHonourCode).map(HonourView::name).orElse(heldHonourCode);
    long workers = facts.workersInSubtree(unit);
    if (workers == 0) {
      return RuleOutcome.fail(kind(), "honours.rule.share.noWorkers", name);
    }
    long holders = facts.holdersInSubtree(unit, heldHonourCode, null, candidate.year());
    boolean enough = holders * 100 >= (long) heldPercent * workers;
    long shown = holders * 100 / workers;
    return new RuleOutcome(
        kind(),
        enough,
        enough ? "honours.rule.share.pass" : "honours.rule.share.fail",
        List.of(name, holders, workers, shown, heldPercent));
  }

  @Override
  public RuleText describe(HonourNames names) {
    return RuleText.of(
        "honours.rule.COLLECTIVE_THRESHOLD.text",
        tasksPercent == null ? 0 : 1,
        tasksPercent == null ? 0 : tasksPercent,
        heldPercent == null ? 0 : 1,
        heldPercent == null ? 0 : heldPercent,
        heldHonourCode == null ? "" : names.of(heldHonourCode, null),
        minHolders == null ? 0 : minHolders,
        holderHonourCode == null ? "" : names.of(holderHonourCode, null),
        noDiscipline ? 1 : 0);
  }
}
