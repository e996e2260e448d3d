package vn.thidua.nomination;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Where a nomination stands in its round's selection. */
public enum NominationState {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  RETURNED,
  RESUBMITTED,
  COUNCIL_VOTE,
  APPROVED,
  NOT_APPROVED,
  ESCALATED,
  DECIDED;

  /** The state's name in the reader's language, for messages that mention it. */
  public MessageSourceResolvable label() {
    return new DefaultMessageSourceResolvable(new String[] {"nomination.state." + name()}, name());
  }
}
