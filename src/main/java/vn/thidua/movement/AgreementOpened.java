package vn.thidua.movement;

import java.time.LocalDate;
import java.util.List;

/** Published when an agreement is opened for signing, after its members are recorded. */
public record AgreementOpened(
    long agreementId, String title, LocalDate signingDeadline, List<Long> memberIds) {

  public AgreementOpened {
    memberIds = List.copyOf(memberIds);
  }
}
