package vn.thidua.movement;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

final class Lists {

  private Lists() {}

  /** An unmodifiable copy without nulls; null reads as empty, as a client may send either. */
  static <T> List<T> clean(Collection<T> values) {
    return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
  }
}
