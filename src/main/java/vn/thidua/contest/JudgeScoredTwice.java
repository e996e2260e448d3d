package vn.thidua.contest;

import vn.thidua.shared.web.DomainException;

/** A judge scoring the same entrant twice in one round: each judge's score counts once. */
public class JudgeScoredTwice extends DomainException {

  JudgeScoredTwice(String judgeName, String entrantName, String roundName) {
    super(Kind.CONFLICT, "contest.score.twice", judgeName, entrantName, roundName);
  }
}
