package vn.thidua.organisation;

import java.time.LocalDate;

/** Where a unit stood from one date until another (exclusive; null while it still stands there). */
record Placement(long unitId, Long parentId, String path, LocalDate validFrom, LocalDate validTo) {

  boolean openEnded() {
    return validTo == null;
  }
}
