package vn.thidua.people;

import java.util.List;

/**
 * One page of a list of workers.
 *
 * @param total how many match, counted up to {@link #COUNT_LIMIT}; beyond it {@code totalIsAtLeast}
 *     is true and {@code total} is that limit, since counting millions of rows for every page would
 *     be slow
 * @param hasNext whether a page follows
 */
public record PersonPage(
    List<PersonView> items,
    int page,
    int size,
    long total,
    boolean totalIsAtLeast,
    boolean hasNext) {

  public static final int COUNT_LIMIT = 10_000;

  public PersonPage {
    items = List.copyOf(items);
  }

  /** The number of pages when the total is known exactly; otherwise the pages counted so far. */
  public long pages() {
    return Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  /** The position of the first row on this page, counted from 1. */
  public long firstRow() {
    return items.isEmpty() ? 0 : (long) page * size + 1;
  }

  public long lastRow() {
    return (long) page * size + items.size();
  }
}
