package vn.thidua.benchmark;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Warms a piece of work up, then times it over many runs and reads the CPU the database server
 * spent on them.
 */
final class Timer {

  static final int WARMUP_SECONDS = 5;
  static final int MIN_RUNS = 10;

  private final Settings settings;

  Timer(Settings settings) {
    this.settings = settings;
  }

  /** Up to {@code bench.warmup} runs for at most 5 s, then up to {@code bench.samples} timed. */
  Measurement time(Optional<ServerCpu> server, Work work) throws SQLException {
    long warmupEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
    for (int i = 0; i < settings.warmup() && System.nanoTime() < warmupEnd; i++) {
      work.run();
    }
    double cpuBefore = server.map(ServerCpu::millis).orElse(Double.NaN);
    long end = System.nanoTime() + settings.seconds() * 1_000_000_000L;
    long[] nanos = new long[settings.samples()];
    int runs = 0;
    while (runs < nanos.length && (runs < MIN_RUNS || System.nanoTime() < end)) {
      long start = System.nanoTime();
      work.run();
      nanos[runs++] = System.nanoTime() - start;
    }
    double cpu = (server.map(ServerCpu::millis).orElse(Double.NaN) - cpuBefore) / runs;
    return new Measurement(Samples.of(Arrays.copyOf(nanos, runs)), cpu);
  }

  String describe() {
    return "up to %d warm-up runs (at most %d s), then up to %d timed runs (at most %d s)"
        .formatted(settings.warmup(), WARMUP_SECONDS, settings.samples(), settings.seconds());
  }

  interface Work {
    void run() throws SQLException;
  }

  /** Wall-clock samples and the server's CPU milliseconds per run (NaN when unknown). */
  record Measurement(Samples samples, double cpuMillis) {

    /** "runs | median ms | p95 ms | server CPU ms/run" cells of a results table. */
    String cells() {
      return "%d | %.2f | %.2f | %s"
          .formatted(
              samples.count(),
              samples.median(),
              samples.p95(),
              Double.isNaN(cpuMillis) ? "n/a" : "%.2f".formatted(cpuMillis));
    }
  }
}
