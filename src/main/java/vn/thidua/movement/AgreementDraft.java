package vn.thidua.movement;

import java.time.LocalDate;

/**
 * What an officer writes for an agreement. {@code sectorId} counts for the sector scope and {@code
 * clusterId} for the cluster scope; the other is ignored.
 *
 * @param content the commitments, free text with paragraphs
 * @param version the version edited (ignored when drafting)
 */
public record AgreementDraft(
    Long organiserId,
    AgreementScope scope,
    Long sectorId,
    Long clusterId,
    Integer year,
    String title,
    String content,
    LocalDate signingDeadline,
    Integer version) {}
