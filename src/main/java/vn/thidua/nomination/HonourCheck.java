package vn.thidua.nomination;

import org.springframework.stereotype.Component;
import vn.thidua.honours.HonourView;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.shared.web.DomainException;

/** Checks honours against the catalogue: that they exist, have the grade, and suit the nominee. */
@Component
class HonourCheck {

  private final Honours honours;

  HonourCheck(Honours honours) {
    this.honours = honours;
  }

  /** Refuses an honour or a grade the catalogue does not hold. */
  HonourView requireKnown(HonourRef ref) {
    HonourView honour =
        honours
            .find(ref.code())
            .orElseThrow(() -> DomainException.invalid("nomination.honour.unknown", ref.code()));
    honour.grade(ref.grade());
    return honour;
  }

  /** Refuses a title for individuals proposed for a collective, and the reverse. */
  void requireSuits(HonourRef ref, NomineeKind kind) {
    HonourView honour = requireKnown(ref);
    if (!honour.allows(recipient(kind))) {
      throw DomainException.invalid("nomination.honour.notFor", honour.name(), kindLabel(kind));
    }
  }

  static Recipient recipient(NomineeKind kind) {
    return kind == NomineeKind.INDIVIDUAL ? Recipient.INDIVIDUAL : Recipient.COLLECTIVE;
  }

  private static org.springframework.context.MessageSourceResolvable kindLabel(NomineeKind kind) {
    return new org.springframework.context.support.DefaultMessageSourceResolvable(
        new String[] {"nomination.kind." + kind.name()}, kind.name());
  }
}
