package vn.thidua.shared.web;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list. Pages count from 0. */
public record Paged<T>(List<T> items, int page, int size, long total) {

  public static final int MAX_SIZE = 200;

  public Paged {
    items = List.copyOf(items);
  }

  public int totalPages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  public boolean hasNext() {
    return page + 1 < totalPages();
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public <R> Paged<R> map(Function<T, R> mapper) {
    return new Paged<>(items.stream().map(mapper).toList(), page, size, total);
  }

  /** A page size a client asked for, kept between 1 and {@link #MAX_SIZE}. */
  public static int clampSize(int size) {
    return Math.max(1, Math.min(size, MAX_SIZE));
  }
}
