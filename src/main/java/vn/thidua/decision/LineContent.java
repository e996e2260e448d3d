package vn.thidua.decision;

import vn.thidua.honours.HonourKind;
import vn.thidua.honours.Recipient;

/** An awardee line checked and with its names resolved, ready to be stored. */
record LineContent(
    String honourCode,
    int grade,
    String honourName,
    HonourKind honourKind,
    Recipient recipient,
    Long personId,
    Long collectiveUnitId,
    String awardeeName,
    long workplaceUnitId,
    String workplaceName,
    String jobTitle,
    String citation,
    Long nominationId) {

  /** The same person or collective receiving the same grade of the same honour. */
  boolean sameAward(LineContent other) {
    return honourCode.equals(other.honourCode)
        && grade == other.grade
        && recipient == other.recipient
        && java.util.Objects.equals(personId, other.personId)
        && java.util.Objects.equals(collectiveUnitId, other.collectiveUnitId);
  }
}
