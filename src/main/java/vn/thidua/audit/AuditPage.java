package vn.thidua.audit;

import java.util.List;

/** One page of audit entries, newest first; pages are numbered from 0. */
public record AuditPage(
    List<AuditEntry> content, int page, int size, long totalElements, int totalPages) {

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < totalPages;
  }
}
