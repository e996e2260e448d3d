package vn.thidua.nomination;

import java.io.OutputStream;
import java.util.UUID;
import vn.thidua.shared.imports.ImportStatus;

/**
 * Imports of nominations from an .xlsx workbook made from the template (worker's number, honour
 * code, grade, achievement report), drafted for a proposing unit in a round. An import runs in the
 * background: every row is checked, then all are drafted in one transaction, or none when any row
 * is bad.
 */
public interface NominationImports {

  /**
   * Starts importing for {@code proposingUnitId} into the round and returns the job's id. Refuses
   * at once a file that is not an .xlsx workbook, a unit the user may not change or that does not
   * propose into the round, and a round whose deadline has passed.
   */
  UUID start(long roundId, Long proposingUnitId, String fileName, byte[] content);

  /** The job's progress and outcome; not found when the user may not see its unit. */
  ImportStatus status(UUID jobId);

  /** Writes the empty template: the headers, and the help on a second sheet. */
  void writeTemplate(OutputStream out);
}
