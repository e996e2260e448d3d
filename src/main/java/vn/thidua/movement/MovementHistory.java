package vn.thidua.movement;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * For loaders that record what happened in earlier years (the demo dataset, records taken over from
 * spreadsheets): the work runs as on the given day, so deadlines, phases and the dates of launches,
 * submissions, reviews and reports are those of that day. Pages and the API never use it.
 */
public interface MovementHistory {

  <T> T asOf(LocalDate day, Supplier<T> work);

  default void runAsOf(LocalDate day, Runnable work) {
    asOf(
        day,
        () -> {
          work.run();
          return null;
        });
  }
}
