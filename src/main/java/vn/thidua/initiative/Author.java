package vn.thidua.initiative;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One author of an initiative: a worker from the registry with their share of the credit. The name
 * and unit are copied when the initiative is entered, so its history reads as it was.
 */
@Embeddable
class Author {

  private long personId;
  private String fullName;
  private long unitId;
  private BigDecimal share;
  private String outsideReason;

  protected Author() {}

  Author(long personId, String fullName, long unitId, BigDecimal share, String outsideReason) {
    this.personId = personId;
    this.fullName = fullName;
    this.unitId = unitId;
    this.share = share;
    this.outsideReason = outsideReason;
  }

  long personId() {
    return personId;
  }

  String fullName() {
    return fullName;
  }

  long unitId() {
    return unitId;
  }

  BigDecimal share() {
    return share;
  }

  String outsideReason() {
    return outsideReason;
  }
}
