package vn.thidua.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One step of a nomination's history: who did what, when and why. */
@Embeddable
class Transition {

  @Enumerated(EnumType.STRING)
  private NominationAction action;

  @Enumerated(EnumType.STRING)
  private NominationState fromState;

  @Enumerated(EnumType.STRING)
  private NominationState toState;

  private String byUser;

  @Column(name = "at")
  private Instant at;

  private String reason;

  protected Transition() {}

  Transition(
      NominationAction action,
      NominationState fromState,
      NominationState toState,
      String byUser,
      Instant at,
      String reason) {
    this.action = action;
    this.fromState = fromState;
    this.toState = toState;
    this.byUser = byUser;
    this.at = at;
    this.reason = reason;
  }

  TransitionView view() {
    return new TransitionView(action, fromState, toState, byUser, at, reason);
  }
}
