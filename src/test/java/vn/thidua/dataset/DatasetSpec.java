package vn.thidua.dataset;

import java.time.LocalDate;

/**
 * The size of a generated country: provinces under the national root, units directly above
 * grassroots (districts, sector unions, zone unions and the wards that replaced some districts in
 * the 2025 reform), grassroots unions, and the workers their latest figures add up to.
 *
 * @param codePrefix prefix of the codes of generated provinces and intermediate units; it marks a
 *     dataset so that it can be found again and so that two datasets can share a database
 * @param people also generate one {@code person} row per worker, when that table exists
 */
public record DatasetSpec(
    String codePrefix,
    int provinces,
    int intermediates,
    int grassroots,
    long workers,
    boolean people) {

  /** The day the 2025 reform took effect: districts ended, wards took their grassroots. */
  public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

  public DatasetSpec {
    if (codePrefix == null || !codePrefix.matches("[A-Z0-9]{1,20}")) {
      throw new IllegalArgumentException("codePrefix must be 1-20 upper-case letters or digits");
    }
    if (provinces < 1 || intermediates < 3 * provinces || grassroots < 1) {
      throw new IllegalArgumentException(
          "need at least one province, three intermediate units per province, one grassroots unit");
    }
    if (workers < grassroots || workers > 200L * grassroots) {
      throw new IllegalArgumentException("workers must be between 1 and 200 per grassroots unit");
    }
  }

  /** Vietnam at national scale: 34 provinces, about 12 million workers. */
  public static DatasetSpec national() {
    return new DatasetSpec("BM", 34, 1_250, 130_000, 12_000_000L, false);
  }

  public DatasetSpec withPeople(boolean generatePeople) {
    return new DatasetSpec(
        codePrefix, provinces, intermediates, grassroots, workers, generatePeople);
  }
}
