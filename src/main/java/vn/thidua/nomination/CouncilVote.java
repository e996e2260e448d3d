package vn.thidua.nomination;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

@Embeddable
class CouncilVote {

  private long userId;
  private String username;
  private String fullName;

  @Enumerated(EnumType.STRING)
  private Vote vote;

  private Instant castAt;

  protected CouncilVote() {}

  CouncilVote(Voter voter, Vote vote, Instant castAt) {
    this.userId = voter.userId();
    this.username = voter.username();
    this.fullName = voter.fullName();
    this.vote = vote;
    this.castAt = castAt;
  }

  long userId() {
    return userId;
  }

  Vote vote() {
    return vote;
  }

  VoteView view() {
    return new VoteView(userId, username, fullName, vote, castAt);
  }
}
