package vn.thidua.nomination;

import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a user does to a nomination, with the states it is allowed from and the state it leads to.
 * The proposing unit drafts, submits and resubmits; the reviewing unit does the rest; a decision
 * being issued marks it decided.
 */
public enum NominationAction {
  SUBMIT(Side.PROPOSER, NominationState.SUBMITTED, false, NominationState.DRAFT),
  START_REVIEW(
      Side.REVIEWER,
      NominationState.UNDER_REVIEW,
      false,
      NominationState.SUBMITTED,
      NominationState.RESUBMITTED),
  RETURN(
      Side.REVIEWER,
      NominationState.RETURNED,
      true,
      NominationState.SUBMITTED,
      NominationState.UNDER_REVIEW,
      NominationState.RESUBMITTED),
  RESUBMIT(Side.PROPOSER, NominationState.RESUBMITTED, false, NominationState.RETURNED),
  TO_COUNCIL(Side.REVIEWER, NominationState.COUNCIL_VOTE, false, NominationState.UNDER_REVIEW),
  APPROVE(Side.REVIEWER, NominationState.APPROVED, false, NominationState.COUNCIL_VOTE),
  NOT_APPROVE(Side.REVIEWER, NominationState.NOT_APPROVED, true, NominationState.COUNCIL_VOTE),
  ESCALATE(
      Side.REVIEWER,
      NominationState.ESCALATED,
      false,
      NominationState.APPROVED,
      NominationState.DECIDED),
  DECIDE(Side.SYSTEM, NominationState.DECIDED, false, NominationState.APPROVED);

  /**
   * Who may take the action: the proposing unit's officers, the reviewing unit's, or the system.
   */
  public enum Side {
    PROPOSER,
    REVIEWER,
    SYSTEM
  }

  private final Side side;
  private final NominationState to;
  private final boolean needsReason;
  private final Set<NominationState> from;

  NominationAction(Side side, NominationState to, boolean needsReason, NominationState... from) {
    this.side = side;
    this.to = to;
    this.needsReason = needsReason;
    this.from = Set.of(from);
  }

  public Side side() {
    return side;
  }

  public NominationState to() {
    return to;
  }

  public boolean needsReason() {
    return needsReason;
  }

  public boolean allowedFrom(NominationState state) {
    return from.contains(state);
  }

  public MessageSourceResolvable label() {
    return new DefaultMessageSourceResolvable(new String[] {"nomination.action." + name()}, name());
  }
}
