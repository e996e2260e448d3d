package vn.thidua.movement;

import java.time.LocalDate;

/**
 * A line of a unit's list of agreements: one it organises or one it is a member of, with whether it
 * has signed.
 */
public record AgreementSummary(
    long id,
    String title,
    int year,
    AgreementScope scope,
    AgreementStatus status,
    long organiserId,
    String organiserName,
    LocalDate signingDeadline,
    int memberCount,
    int signedCount,
    boolean organiser,
    boolean member,
    boolean signed) {}
