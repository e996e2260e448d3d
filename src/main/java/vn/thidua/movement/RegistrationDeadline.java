package vn.thidua.movement;

import java.time.LocalDate;
import vn.thidua.shared.web.DomainException;

/**
 * A unit registers and submits until the movement's deadline, counted in Vietnam's calendar days. A
 * registration returned for changes may be sent again afterwards, and the organiser's officers, who
 * set the deadline, may still accept a late one; it is then marked late.
 */
record RegistrationDeadline(LocalDate deadline, LocalDate today, boolean organiserAccepts) {

  boolean passed() {
    return deadline != null && today.isAfter(deadline);
  }

  /** Refuses a change to a registration in this state once the deadline has passed. */
  void allowChangeIn(RegistrationStatus status) {
    if (passed() && status != RegistrationStatus.RETURNED && !organiserAccepts) {
      throw DomainException.invalid("registration.deadlinePassed", deadline);
    }
  }
}
