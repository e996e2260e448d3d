package vn.thidua.honours;

/**
 * A person's or a collective's honour as held: from an issued decision or recorded from before the
 * system.
 *
 * @param honourName the name of the grade held, e.g. "Công nhân giỏi Thủ đô"
 * @param unitId the honoured collective; null for a person
 * @param decisionId null when recorded by hand
 */
public record HonourHeld(
    long id,
    String honourCode,
    int grade,
    String honourName,
    Recipient recipient,
    Long personId,
    Long unitId,
    int year,
    long grantingUnitId,
    Long decisionId,
    boolean revoked) {}
