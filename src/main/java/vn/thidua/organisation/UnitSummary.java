package vn.thidua.organisation;

import java.time.LocalDate;

/** What other modules need to know of a unit. */
public record UnitSummary(
    long id,
    String code,
    String name,
    long levelId,
    String levelCode,
    String levelName,
    int tier,
    boolean grassroots,
    Long sectorId,
    String sectorName,
    Long parentId,
    String path,
    LocalDate foundedOn,
    LocalDate endedOn,
    int version) {

  public boolean activeOn(LocalDate date) {
    return !foundedOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
  }
}
