package vn.thidua.demo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Shares a whole number among parts by weight so that the parts add up to it exactly. */
final class Apportion {

  private Apportion() {}

  /**
   * The largest-remainder method: each part gets its floor, the rest go to the largest remainders.
   */
  static int[] byWeight(int total, double[] weights) {
    double sum = Arrays.stream(weights).sum();
    int[] parts = new int[weights.length];
    double[] remainders = new double[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      parts[i] = (int) Math.floor(exact);
      remainders[i] = exact - parts[i];
      given += parts[i];
    }
    int[] byRemainder =
        IntStream.range(0, weights.length)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
    for (int k = 0; k < total - given; k++) {
      parts[byRemainder[k % byRemainder.length]]++;
    }
    return parts;
  }
}
