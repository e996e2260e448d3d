package vn.thidua.access;

import java.util.List;

/** One page of a user search. Pages count from 0. */
public record UserPage(List<UserRow> items, int page, int size, long total) {

  public UserPage {
    items = List.copyOf(items);
  }

  public int totalPages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return page + 1 < totalPages();
  }

  public boolean hasPrevious() {
    return page > 0;
  }
}
