package vn.thidua.shared.imports;

import java.util.UUID;

/**
 * The part of an import that only its module knows: read the rows, check every one of them, and
 * save them all in one transaction. It throws {@link ImportRejected} when any row is bad (nothing
 * saved) and returns how many records it saved otherwise.
 */
@FunctionalInterface
public interface ImportWork {

  int run(UUID jobId, ImportProgress progress);
}
