package vn.thidua.decision;

import java.util.Optional;

/** Public checks of certificates by their short code; no sign-in is needed. */
public interface Verifications {

  /** The award the code stands for, if the code belongs to an issued decision. */
  Optional<Verification> verify(String code);
}
