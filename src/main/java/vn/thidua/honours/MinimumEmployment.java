package vn.thidua.honours;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import vn.thidua.shared.time.Dates;

/** A person has worked at least N whole months by the end of the nomination year. */
record MinimumEmployment(int months) implements HonourRule {

  static MinimumEmployment of(RuleParams p) {
    return new MinimumEmployment(p.whole("months"));
  }

  @Override
  public RuleKind kind() {
    return RuleKind.MINIMUM_EMPLOYMENT;
  }

  /** Whole months from the first day of work to the end of the year. */
  static long monthsWorked(LocalDate startedOn, int year) {
    LocalDate endOfYear = LocalDate.of(year + 1, 1, 1);
    if (!startedOn.isBefore(endOfYear)) {
      return 0;
    }
    return Period.between(startedOn, endOfYear).toTotalMonths();
  }

  @Override
  public List<RuleOutcome> check(Candidate candidate, NomineeFacts facts) {
    if (!candidate.isPerson()) {
      return List.of(RuleOutcome.pass(kind(), "honours.rule.notForCollectives"));
    }
    Optional<LocalDate> started = facts.startedOn(candidate.nominee().personId());
    if (started.isEmpty()) {
      return List.of(RuleOutcome.fail(kind(), "honours.rule.MINIMUM_EMPLOYMENT.unknown", months));
    }
    long worked = monthsWorked(started.get(), candidate.year());
    return List.of(
        new RuleOutcome(
            kind(),
            worked >= months,
            worked >= months
                ? "honours.rule.MINIMUM_EMPLOYMENT.pass"
                : "honours.rule.MINIMUM_EMPLOYMENT.fail",
            List.of(worked, months, candidate.year(), Dates.format(started.get()))));
  }

  @Override
  public RuleText describe(HonourNames names) {
    return RuleText.of("honours.rule.MINIMUM_EMPLOYMENT.text", months);
  }
}
