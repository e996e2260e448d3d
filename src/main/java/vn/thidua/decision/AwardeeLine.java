package vn.thidua.decision;

import vn.thidua.honours.HonourKind;
import vn.thidua.honours.Recipient;

/**
 * One awardee of a decision with the names as they were when the line was drafted, so that an
 * issued decision reads the same forever.
 *
 * @param workplaceUnitId the person's unit, or the collective itself
 * @param shortCode the code printed on the certificate that opens the verification page
 */
public record AwardeeLine(
    long id,
    int position,
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
    Long nominationId,
    String shortCode) {}
