package vn.thidua.nomination;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.SignedInUser;

/** Rounds and nominations as the signed-in user sees them, with the names they show. */
@Component
class NominationViews {

  private final OrgUnits units;
  private final NominationScope scope;
  private final EligibilityRules rules;

  NominationViews(OrgUnits units, NominationScope scope, EligibilityRules rules) {
    this.units = units;
    this.scope = scope;
    this.rules = rules;
  }

  RoundView of(Round round) {
    Map<Long, String> names = new HashMap<>();
    List<Long> ids = new java.util.ArrayList<>(round.quotas().stream().map(Quota::unitId).toList());
    ids.add(round.unitId());
    units.findAll(ids).forEach(unit -> names.put(unit.id(), unit.name()));
    return new RoundView(
        round.id(),
        round.unitId(),
        names.getOrDefault(round.unitId(), ""),
        round.name(),
        round.year(),
        round.periodFrom(),
        round.periodTo(),
        round.deadline(),
        round.threshold(),
        round.thresholdPercent(),
        round.honours(),
        round.quotas().stream()
            .map(
                quota ->
                    new RoundView.QuotaView(
                        quota.unitId(), names.getOrDefault(quota.unitId(), ""), quota.quota()))
            .toList(),
        round.decisionId(),
        scope.reviews(round),
        scope.sitsOnCouncil(round),
        round.version());
  }

  NominationView of(Nomination nomination, Round round) {
    String reviewing = units.find(round.unitId()).map(UnitSummary::name).orElse("");
    String proposing = units.find(nomination.proposingUnitId()).map(UnitSummary::name).orElse("");
    Nominee nominee = nomination.nominee();
    VoteTally tally = nomination.tally();
    List<NominationAction> actions =
        Arrays.stream(NominationAction.values())
            .filter(action -> action.allowedFrom(nomination.state()))
            .filter(action -> scope.mayTake(action, nomination, round))
            .toList();
    long userId = CurrentUser.get().map(SignedInUser::id).orElse(Long.MIN_VALUE);
    boolean voted = nomination.votes().stream().anyMatch(vote -> vote.userId() == userId);
    return new NominationView(
        nomination.id(),
        round.id(),
        round.name(),
        round.year(),
        round.unitId(),
        reviewing,
        nomination.proposingUnitId(),
        proposing,
        nominee.kind(),
        nominee.personId(),
        nominee.unitId(),
        nominee.name(),
        nomination.honour(),
        nomination.dossier().achievements(),
        nomination.dossier().declaredFacts(),
        nomination.dossier().movementRanking(),
        nomination.citedList(),
        nomination.state(),
        nomination.reason(),
        nomination.escalatedFromId(),
        nomination.escalatedToId(),
        nomination.decisionId(),
        nomination.history(),
        nomination.votes(),
        tally,
        round.passes(tally),
        rules.check(nomination, round),
        actions,
        scope.proposes(nomination)
            && (nomination.state() == NominationState.DRAFT
                || nomination.state() == NominationState.RETURNED),
        nomination.state() == NominationState.COUNCIL_VOTE && scope.sitsOnCouncil(round) && !voted,
        nomination.createdBy(),
        nomination.createdAt(),
        nomination.version());
  }
}
