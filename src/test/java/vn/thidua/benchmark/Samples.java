package vn.thidua.benchmark;

import java.util.Arrays;

/** Timings of repeated runs, in milliseconds. */
record Samples(double[] millis) {

  static Samples of(long[] nanos) {
    double[] millis = Arrays.stream(nanos).mapToDouble(n -> n / 1_000_000.0).sorted().toArray();
    return new Samples(millis);
  }

  double median() {
    return percentile(50);
  }

  double p95() {
    return percentile(95);
  }

  double min() {
    return millis[0];
  }

  double max() {
    return millis[millis.length - 1];
  }

  int count() {
    return millis.length;
  }

  /** Nearest-rank percentile. */
  double percentile(double p) {
    int rank = (int) Math.ceil(p / 100 * millis.length);
    return millis[Math.max(0, rank - 1)];
  }
}
