package vn.thidua.nomination;

import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;

/**
 * Who reaches a round or a nomination. A round is seen by those who see its reviewing unit and by
 * those of the units below it, who propose into it; a nomination by those who see its proposing
 * unit or the round's reviewing unit (which keeps seeing its rounds after a unit below moved away).
 */
@Component
class NominationScope {

  private final OrgUnits units;

  NominationScope(OrgUnits units) {
    this.units = units;
  }

  boolean reaches(Round round) {
    if (units.canSee(round.unitId())) {
      return true;
    }
    return CurrentUser.get().stream()
        .flatMap(user -> user.grants().stream())
        .anyMatch(grant -> units.isWithin(grant.unitId(), round.unitId()));
  }

  Round requireReachable(Round round) {
    if (!reaches(round)) {
      throw DomainException.notFound("nomination.round.notFound", round.id());
    }
    return round;
  }

  /** The proposing unit's subtree and the reviewing unit's see the nomination. */
  boolean sees(Nomination nomination, Round round) {
    return units.canSee(nomination.proposingUnitId()) || units.canSee(round.unitId());
  }

  Nomination requireVisible(Nomination nomination, Round round) {
    if (!sees(nomination, round)) {
      throw DomainException.notFound("nomination.notFound", nomination.id());
    }
    return nomination;
  }

  boolean reviews(Round round) {
    return units.canChange(round.unitId());
  }

  boolean proposes(Nomination nomination) {
    return units.canChange(nomination.proposingUnitId());
  }

  /** Council members are the users granted the council role in the reviewing unit itself. */
  boolean sitsOnCouncil(Round round) {
    return CurrentUser.get()
        .map(user -> user.grants().contains(new Grant(Role.COUNCIL_MEMBER, round.unitId())))
        .orElse(false);
  }

  Voter requireCouncilMember(Round round) {
    SignedInUser user =
        CurrentUser.get()
            .filter(signedIn -> sitsOnCouncil(round))
            .orElseThrow(() -> DomainException.forbidden("nomination.vote.notMember"));
    return new Voter(user.id(), user.username(), user.fullName());
  }

  /** Refuses when the user may not take the action on this nomination of this round. */
  void requireSide(NominationAction action, Nomination nomination, Round round) {
    switch (action.side()) {
      case PROPOSER -> units.requireChangeable(nomination.proposingUnitId());
      case REVIEWER -> units.requireChangeable(round.unitId());
      case SYSTEM -> throw DomainException.invalid("nomination.action.system", action.label());
    }
  }

  boolean mayTake(NominationAction action, Nomination nomination, Round round) {
    return switch (action.side()) {
      case PROPOSER -> proposes(nomination);
      case REVIEWER -> reviews(round);
      case SYSTEM -> false;
    };
  }
}
