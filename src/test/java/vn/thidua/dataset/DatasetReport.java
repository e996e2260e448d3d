package vn.thidua.dataset;

import java.time.Duration;
import java.util.List;

/** What a generation produced and how long each step took. */
public record DatasetReport(
    int provinces,
    int intermediates,
    int grassroots,
    long placements,
    long figures,
    long workers,
    long people,
    List<Step> steps) {

  public record Step(String name, long rows, Duration took) {}

  public Duration took() {
    return steps.stream().map(Step::took).reduce(Duration.ZERO, Duration::plus);
  }
}
