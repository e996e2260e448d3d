package vn.thidua.people;

/**
 * What a list of workers shows.
 *
 * @param unitId a unit whose subtree to list, or null for every unit the user may see
 * @param query part of the name, with or without diacritics ("nguyen van" finds "Nguyễn Văn An")
 * @param includeLeft whether to list people who have left their unit too
 * @param page the page, counted from 0
 * @param size rows a page, from 1 to {@link #MAX_SIZE}
 */
public record PersonSearch(Long unitId, String query, boolean includeLeft, int page, int size) {

  public static final int DEFAULT_SIZE = 25;
  public static final int MAX_SIZE = 200;

  public PersonSearch {
    query = query == null ? "" : query.strip();
    page = Math.max(0, page);
    size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
  }

  public static PersonSearch firstPage(Long unitId, String query) {
    return new PersonSearch(unitId, query, false, 0, DEFAULT_SIZE);
  }

  public PersonSearch withPage(int other) {
    return new PersonSearch(unitId, query, includeLeft, other, size);
  }

  long offset() {
    return (long) page * size;
  }
}
