package vn.thidua.initiative;

import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rungs of recognition: an initiative is recognised by its grassroots union, then by the level
 * directly above it (district, sector or zone union, ward union since 2025), then by the province,
 * then nationally. Which unit recognises at a rung follows from the tier of the units above the
 * initiative's unit, since level names are data.
 */
public enum RecognitionLevel {
  GRASSROOTS(1),
  DISTRICT(2),
  PROVINCE(3),
  NATIONAL(4);

  private final int rank;

  RecognitionLevel(int rank) {
    this.rank = rank;
  }

  /** 1 for grassroots up to 4 for national; stored so that "recognised at or above" is a range. */
  public int rank() {
    return rank;
  }

  public boolean isAbove(RecognitionLevel other) {
    return rank > other.rank;
  }

  /** The rung a unit recognises at, from its level's tier (1 national, 2 province, 3 between). */
  static Optional<RecognitionLevel> ofUnit(int tier, boolean grassroots) {
    if (grassroots) {
      return Optional.of(GRASSROOTS);
    }
    return switch (tier) {
      case 1 -> Optional.of(NATIONAL);
      case 2 -> Optional.of(PROVINCE);
      case 3 -> Optional.of(DISTRICT);
      default -> Optional.empty();
    };
  }

  static Optional<RecognitionLevel> ofRank(int rank) {
    for (RecognitionLevel level : values()) {
      if (level.rank == rank) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /** The level's name in the reader's language, for messages that mention it. */
  public MessageSourceResolvable label() {
    return new DefaultMessageSourceResolvable(
        new String[] {"initiative.level." + name()}, name().toLowerCase());
  }
}
