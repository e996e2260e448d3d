package vn.thidua.contest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The final ranking of a contest: entrants by final score, those level sharing a place and the next
 * place counting them all (1, 2, 2, 4); then the prizes, given in order by position. A prize of n
 * places covers the next n positions, and everyone placed on a covered position wins it, so
 * entrants level on a place always win the same prize.
 */
final class Placing {

  record Entry(long registrationId, BigDecimal finalScore) {}

  record Placed(long registrationId, BigDecimal finalScore, int rank, String prize) {}

  record Tier(String name, int places) {}

  private Placing() {}

  static List<Placed> of(List<Entry> entries, List<Tier> tiers) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.comparing(Entry::finalScore, Comparator.reverseOrder())
            .thenComparingLong(Entry::registrationId));
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Entry entry = sorted.get(i);
      int rank =
          i > 0 && sorted.get(i - 1).finalScore().compareTo(entry.finalScore()) == 0
              ? placed.get(i - 1).rank()
              : i + 1;
      placed.add(
          new Placed(entry.registrationId(), entry.finalScore(), rank, prizeAt(rank, tiers)));
    }
    return placed;
  }

  private static String prizeAt(int position, List<Tier> tiers) {
    int last = 0;
    for (Tier tier : tiers) {
      last += tier.places();
      if (position <= last) {
        return tier.name();
      }
    }
    return null;
  }
}
