package vn.thidua.initiative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rungs an initiative climbs, from its grassroots union up. Usually all four; a grassroots
 * union placed directly under a province has no district rung, so there the province is the next
 * level.
 */
record Ladder(List<RecognitionLevel> levels) {

  static final Ladder FULL = new Ladder(List.of(RecognitionLevel.values()));

  Ladder {
    if (levels.isEmpty() || levels.get(0) != RecognitionLevel.GRASSROOTS) {
      throw new IllegalArgumentException("A ladder starts at grassroots: " + levels);
    }
    List<RecognitionLevel> sorted = new ArrayList<>(levels);
    sorted.sort(null);
    if (!sorted.equals(levels) || levels.stream().distinct().count() != levels.size()) {
      throw new IllegalArgumentException("A ladder climbs one way: " + levels);
    }
    levels = List.copyOf(levels);
  }

  static Ladder parse(String text) {
    return new Ladder(Arrays.stream(text.split(",")).map(RecognitionLevel::valueOf).toList());
  }

  String text() {
    return levels.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  boolean contains(RecognitionLevel level) {
    return levels.contains(level);
  }

  /** The rung whose recognition the given one requires; empty for grassroots. */
  Optional<RecognitionLevel> below(RecognitionLevel level) {
    int at = levels.indexOf(level);
    return at > 0 ? Optional.of(levels.get(at - 1)) : Optional.empty();
  }

  Optional<RecognitionLevel> above(RecognitionLevel level) {
    int at = levels.indexOf(level);
    return at >= 0 && at + 1 < levels.size() ? Optional.of(levels.get(at + 1)) : Optional.empty();
  }
}
