package vn.thidua.contest;

import java.math.BigDecimal;
import vn.thidua.shared.web.DomainException;

/** A score below the contest's lowest or above its highest mark. */
public class ScoreOutsideScale extends DomainException {

  ScoreOutsideScale(BigDecimal points, BigDecimal min, BigDecimal max) {
    super(
        Kind.INVALID,
        "contest.score.scale",
        points.stripTrailingZeros().toPlainString(),
        min.stripTrailingZeros().toPlainString(),
        max.stripTrailingZeros().toPlainString());
  }
}
