package vn.thidua.people;

import java.io.OutputStream;
import java.util.UUID;
import vn.thidua.shared.imports.ImportStatus;

/**
 * Imports of workers from an .xlsx workbook made from the template. An import runs in the
 * background: every row is checked first, then all rows are saved in one transaction, or none when
 * any row is bad.
 */
public interface PersonImports {

  /**
   * Starts importing into {@code unitId} (the unit of rows that name none) and returns the job's id
   * to follow it by. Refuses at once a file that is not an .xlsx workbook.
   */
  UUID start(long unitId, String fileName, byte[] content);

  /** The job's progress and outcome; not found when the user may not see its unit. */
  ImportStatus status(UUID jobId);

  /** Writes the empty template with its headers and an example row. */
  void writeTemplate(OutputStream out);
}
