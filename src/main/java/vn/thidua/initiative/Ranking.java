package vn.thidua.initiative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.thidua.shared.text.SearchText;

/**
 * Orders units by achievement: the share of their target reached, then the number recognised. Units
 * level on both share a place, and the next place counts them all (1, 2, 2, 4), as results tables
 * do. A unit without a target comes after those with one.
 */
final class Ranking {

  static final Comparator<Standing> ORDER =
      Comparator.comparing(
              Standing::percent, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
          .thenComparing(Comparator.comparingLong(Standing::recognised).reversed())
          .thenComparing(standing -> SearchText.fold(standing.unitName()));

  private Ranking() {}

  static List<Standing> of(List<Standing> standings) {
    List<Standing> sorted = new ArrayList<>(standings);
    sorted.sort(ORDER);
    List<Standing> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Standing standing = sorted.get(i);
      int rank = i > 0 && level(sorted.get(i - 1), standing) ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(standing.ranked(rank));
    }
    return ranked;
  }

  private static boolean level(Standing a, Standing b) {
    return Objects.equals(a.percent(), b.percent()) && a.recognised() == b.recognised();
  }
}
