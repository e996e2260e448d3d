package vn.thidua.movement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks by score, highest first. Equal scores share a place and the next place is skipped (1, 2, 2,
 * 4), as a tie on points is a tie in the standings; tied units are listed by name.
 */
final class Ranking {

  private Ranking() {}

  /** A place in a ranking. */
  record Placed<T>(int rank, T entry) {}

  static <T> List<Placed<T>> rank(
      List<T> entries, Function<T, BigDecimal> score, Comparator<T> tieOrder) {
    List<T> sorted =
        entries.stream()
            .sorted(Comparator.comparing(score, Comparator.reverseOrder()).thenComparing(tieOrder))
            .toList();
    List<Placed<T>> placed = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      T entry = sorted.get(i);
      boolean tied = i > 0 && score.apply(entry).compareTo(score.apply(sorted.get(i - 1))) == 0;
      placed.add(new Placed<>(tied ? placed.get(i - 1).rank() : i + 1, entry));
    }
    return List.copyOf(placed);
  }
}
