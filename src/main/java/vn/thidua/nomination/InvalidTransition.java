package vn.thidua.nomination;

import vn.thidua.shared.web.DomainException;

/** An action not allowed from the nomination's current state. */
public class InvalidTransition extends DomainException {

  private final NominationState from;
  private final NominationAction action;

  private InvalidTransition(NominationState from, NominationAction action) {
    super(Kind.INVALID, "nomination.transition.invalid", action.label(), from.label());
    this.from = from;
    this.action = action;
  }

  static InvalidTransition of(NominationState from, NominationAction action) {
    return new InvalidTransition(from, action);
  }

  public NominationState from() {
    return from;
  }

  public NominationAction action() {
    return action;
  }
}
