package vn.thidua.honours.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thidua.honours.CollectiveFacts;
import vn.thidua.honours.Eligibility;
import vn.thidua.honours.HonourGrade;
import vn.thidua.honours.Honours;
import vn.thidua.honours.NomineeCase;
import vn.thidua.honours.RoundContext;
import vn.thidua.honours.RuleOutcome;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitReads;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonView;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/**
 * Checks a nominee the signed-in user may see, outside any nomination round, and reads the outcomes
 * in the user's language.
 */
@Component
class NomineeChecks {

  /** One outcome as the user reads it. */
  /** One rule's outcome; {@code warning} when it failed a rule that only warns. */
  record Line(String ruleKind, boolean passed, boolean warning, String message) {}

  /** The outcomes, and whether no blocking rule failed. */
  record Result(
      String honourCode,
      int grade,
      int year,
      long decidingUnitId,
      boolean eligible,
      List<Line> outcomes) {}

  private final Eligibility eligibility;
  private final Honours honours;
  private final PeopleRegistry people;
  private final OrgUnits units;
  private final UnitReads reads;
  private final Catalogue levels;
  private final Texts texts;

  NomineeChecks(
      Eligibility eligibility,
      Honours honours,
      PeopleRegistry people,
      OrgUnits units,
      UnitReads reads,
      Catalogue levels,
      Texts texts) {
    this.eligibility = eligibility;
    this.honours = honours;
    this.people = people;
    this.units = units;
    this.reads = reads;
    this.levels = levels;
    this.texts = texts;
  }

  Result check(CheckRequest request) {
    long nomineeUnit;
    if (request.personId() != null) {
      PersonView person = people.get(request.personId());
      nomineeUnit = person.unitId();
    } else if (request.unitId() != null) {
      nomineeUnit = units.requireVisible(request.unitId()).id();
    } else {
      throw DomainException.invalid("honours.check.nomineeMissing");
    }
    long proposing =
        request.proposingUnitId() == null
            ? nomineeUnit
            : units.requireVisible(request.proposingUnitId()).id();
    if (request.honourCode() == null || request.honourCode().isBlank()) {
      throw DomainException.invalid("honours.held.honourMissing");
    }
    if (request.year() == null) {
      throw DomainException.invalid("honours.held.yearMissing");
    }
    int grade = request.grade() == null ? 1 : request.grade();
    HonourGrade granting = honours.require(request.honourCode()).grade(grade);
    long deciding =
        request.decidingUnitId() == null
            ? decidingUnit(proposing, granting.grantingLevelCode())
            : units.require(request.decidingUnitId()).id();
    List<RuleOutcome> outcomes =
        eligibility.check(
            new NomineeCase(
                request.honourCode(),
                grade,
                request.personId(),
                request.personId() == null ? request.unitId() : null,
                request.year(),
                proposing,
                deciding,
                new CollectiveFacts(request.tasksCompletedPercent(), request.anyoneDisciplined()),
                request.achievementIds(),
                RoundContext.NONE));
    List<Line> lines =
        outcomes.stream()
            .map(
                o ->
                    new Line(
                        o.ruleKind().name(),
                        o.passed(),
                        o.warning(),
                        texts.get(o.messageKey(), o.argArray())))
            .toList();
    return new Result(
        request.honourCode(),
        grade,
        request.year(),
        deciding,
        outcomes.stream().noneMatch(RuleOutcome::blocks),
        lines);
  }

  /**
   * The nearest unit at or above the proposing one whose level grants the grade: the same level
   * code, or else the same tier (level names are data, e.g. ward unions took the districts' place).
   */
  private long decidingUnit(long proposingUnitId, String levelCode) {
    Map<String, Integer> tiers =
        levels.levels().stream()
            .collect(Collectors.toMap(Catalogue.LevelView::code, Catalogue.LevelView::tier));
    List<UnitSummary> line =
        new ArrayList<>(reads.ancestors(proposingUnitId, LocalDate.now(Dates.VIETNAM)));
    line.add(units.require(proposingUnitId));
    java.util.Collections.reverse(line);
    Integer tier = tiers.get(levelCode);
    return line.stream()
        .filter(u -> u.levelCode().equals(levelCode))
        .findFirst()
        .or(() -> line.stream().filter(u -> tier != null && u.tier() == tier).findFirst())
        .map(UnitSummary::id)
        .orElse(proposingUnitId);
  }
}
