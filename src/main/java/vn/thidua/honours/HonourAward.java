package vn.thidua.honours;

/**
 * An honour to record as held.
 *
 * @param personId the person honoured, for {@link Recipient#INDIVIDUAL}
 * @param collectiveUnitId the unit honoured, for {@link Recipient#COLLECTIVE}
 * @param decisionId the issuing decision; null when recorded by hand, e.g. history or demo
 */
public record HonourAward(
    String honourCode,
    int grade,
    Recipient recipient,
    Long personId,
    Long collectiveUnitId,
    int year,
    long grantingUnitId,
    Long decisionId) {}
