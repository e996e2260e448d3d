package vn.thidua.nomination;

/** A council member's vote on one nomination. */
public enum Vote {
  AGREE,
  DISAGREE,
  ABSTAIN
}
