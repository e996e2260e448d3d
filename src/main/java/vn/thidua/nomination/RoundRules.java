package vn.thidua.nomination;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.web.DomainException;

/** Checks what a round form says and completes it with the defaults of its year. */
@Component
class RoundRules {

  static final int MAX_NAME = 300;

  private final OrgUnits units;
  private final HonourCheck honourCheck;

  RoundRules(OrgUnits units, HonourCheck honourCheck) {
    this.units = units;
    this.honourCheck = honourCheck;
  }

  RoundTerms check(long unitId, RoundForm form) {
    String name = form.name() == null ? "" : form.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw DomainException.invalid("nomination.round.name", MAX_NAME);
    }
    if (form.year() == null || form.year() < 1945 || form.year() > 2200) {
      throw DomainException.invalid("nomination.round.year");
    }
    int year = form.year();
    LocalDate from = form.periodFrom() == null ? LocalDate.of(year, 1, 1) : form.periodFrom();
    LocalDate to = form.periodTo() == null ? LocalDate.of(year, 12, 31) : form.periodTo();
    if (to.isBefore(from)) {
      throw DomainException.invalid("nomination.round.period", from, to);
    }
    if (form.deadline() == null) {
      throw DomainException.invalid("nomination.round.deadline");
    }
    if (form.threshold() == null) {
      throw DomainException.invalid("nomination.round.threshold");
    }
    Integer percent = null;
    if (form.threshold() == Threshold.PERCENT) {
      if (form.thresholdPercent() == null
          || form.thresholdPercent() < 1
          || form.thresholdPercent() > 100) {
        throw DomainException.invalid("nomination.round.percent");
      }
      percent = form.thresholdPercent();
    }
    List<HonourRef> honours = form.honours();
    if (honours.isEmpty()) {
      throw DomainException.invalid("nomination.round.honours");
    }
    Set<HonourRef> seen = new HashSet<>();
    for (HonourRef honour : honours) {
      if (honour.code().isEmpty() || honour.grade() < 1) {
        throw DomainException.invalid("nomination.round.honour", honour.code(), honour.grade());
      }
      honourCheck.requireKnown(honour);
      if (!seen.add(honour)) {
        throw DomainException.invalid("nomination.round.honourTwice", honour.code());
      }
    }
    Set<Long> quotaUnits = new HashSet<>();
    for (Quota quota : form.quotas()) {
      if (quota.quota() < 0) {
        throw DomainException.invalid("nomination.round.quota", quota.quota());
      }
      if (quota.unitId() == unitId || !units.isWithin(quota.unitId(), unitId)) {
        throw DomainException.invalid("nomination.round.quotaUnit", quota.unitId());
      }
      if (!quotaUnits.add(quota.unitId())) {
        throw DomainException.invalid("nomination.round.quotaTwice", quota.unitId());
      }
    }
    return new RoundTerms(
        name, year, from, to, form.deadline(), form.threshold(), percent, honours, form.quotas());
  }
}
