package vn.thidua.nomination;

import java.time.LocalDate;
import java.util.List;

/**
 * A round with what the signed-in user may do in it.
 *
 * @param decisionId the decision drafted with the round's approved nominations, if any
 * @param reviewer whether the user is an officer of the reviewing unit (or above)
 * @param councilMember whether the user sits on the reviewing unit's council
 */
public record RoundView(
    long id,
    long unitId,
    String unitName,
    String name,
    int year,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate deadline,
    Threshold threshold,
    Integer thresholdPercent,
    List<HonourRef> honours,
    List<QuotaView> quotas,
    Long decisionId,
    boolean reviewer,
    boolean councilMember,
    int version) {

  /** A proposing unit's quota, named. */
  public record QuotaView(long unitId, String unitName, int quota) {}
}
