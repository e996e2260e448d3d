package vn.thidua.initiative;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.thidua.organisation.UnitSummary;

/**
 * Where a unit stood in the tree on a day: the unit, the units above it from the top down, and its
 * path then.
 */
record Place(UnitSummary unit, List<UnitSummary> ancestors, String path) {

  Place {
    ancestors = List.copyOf(ancestors);
  }

  /** The rungs of recognition above a grassroots union, from the tiers of the units above it. */
  Ladder ladder() {
    List<RecognitionLevel> levels = new ArrayList<>(List.of(RecognitionLevel.GRASSROOTS));
    for (UnitSummary above : nearestFirst()) {
      RecognitionLevel.ofUnit(above.tier(), above.grassroots())
          .filter(level -> level.isAbove(levels.get(levels.size() - 1)))
          .ifPresent(levels::add);
    }
    return new Ladder(levels);
  }

  /** The unit that recognises at the level: the union itself, or the nearest unit above on it. */
  Optional<UnitSummary> recogniserAt(RecognitionLevel level) {
    if (level == RecognitionLevel.GRASSROOTS) {
      return Optional.of(unit);
    }
    return nearestFirst().stream()
        .filter(
            above ->
                RecognitionLevel.ofUnit(above.tier(), above.grassroots()).orElse(null) == level)
        .findFirst();
  }

  private List<UnitSummary> nearestFirst() {
    List<UnitSummary> upwards = new ArrayList<>(ancestors);
    Collections.reverse(upwards);
    return upwards;
  }

  boolean within(long ancestorId) {
    return path.contains("/" + ancestorId + "/");
  }
}
