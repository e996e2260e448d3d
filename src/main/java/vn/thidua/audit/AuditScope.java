package vn.thidua.audit;

import java.util.List;

/**
 * The part of the log a user may read: entries whose unit stood, when they were written, inside one
 * of the subtrees the user sees; and entries without a unit when the user administers the whole
 * hierarchy.
 *
 * @param paths the path prefixes of the outermost units the user sees
 * @param unitlessEntries whether entries without a unit are included
 */
record AuditScope(List<String> paths, boolean unitlessEntries) {

  AuditScope {
    paths = List.copyOf(paths);
  }

  boolean isEmpty() {
    return paths.isEmpty() && !unitlessEntries;
  }
}
