package vn.thidua.initiative;

import vn.thidua.shared.web.DomainException;

/** A council member scoring the same review twice: each member's sheet counts once. */
public class AlreadyScored extends DomainException {

  AlreadyScored(String memberName, RecognitionLevel level) {
    super(Kind.CONFLICT, "initiative.score.twice", memberName, level.label());
  }
}
