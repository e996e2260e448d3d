package vn.thidua.initiative;

import vn.thidua.shared.web.DomainException;

/**
 * A recognition (or a proposal) at a level whose lower level did not recognise the initiative: each
 * level selects only among those the level below recognised.
 */
public class LowerLevelNotRecognised extends DomainException {

  private final RecognitionLevel lower;
  private final RecognitionLevel level;

  LowerLevelNotRecognised(RecognitionLevel lower, RecognitionLevel level) {
    super(Kind.INVALID, "initiative.lowerLevelFirst", lower.label(), level.label());
    this.lower = lower;
    this.level = level;
  }

  public RecognitionLevel lower() {
    return lower;
  }

  public RecognitionLevel level() {
    return level;
  }
}
