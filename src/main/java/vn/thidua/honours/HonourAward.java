package vn.thidua.honours;

import java.time.LocalDate;

/**
 * An honour to record as held.
 *
 * @param personId the person honoured, for {@link Recipient#INDIVIDUAL}
 * @param collectiveUnitId the unit honoured, for {@link Recipient#COLLECTIVE}
 * @param decisionId the issuing decision; null when recorded by hand, e.g. history or demo
 * @param grantedOn the day the honour was granted (the decision's signing day); the last day of
 *     {@code year} when not known
 */
public record HonourAward(
    String honourCode,
    int grade,
    Recipient recipient,
    Long personId,
    Long collectiveUnitId,
    int year,
    long grantingUnitId,
    Long decisionId,
    LocalDate grantedOn) {

  public HonourAward {
    if (grantedOn == null) {
      grantedOn = LocalDate.of(year, 12, 31);
    }
  }

  /** An honour whose granting day is not known: it counts on the last day of its year. */
  public HonourAward(
      String honourCode,
      int grade,
      Recipient recipient,
      Long personId,
      Long collectiveUnitId,
      int year,
      long grantingUnitId,
      Long decisionId) {
    this(
        honourCode,
        grade,
        recipient,
        personId,
        collectiveUnitId,
        year,
        grantingUnitId,
        decisionId,
        null);
  }
}
