package vn.thidua.nomination;

import jakarta.persistence.Embeddable;

@Embeddable
class RoundQuota {

  private long unitId;
  private int quota;

  protected RoundQuota() {}

  RoundQuota(Quota quota) {
    this.unitId = quota.unitId();
    this.quota = quota.quota();
  }

  Quota value() {
    return new Quota(unitId, quota);
  }
}
