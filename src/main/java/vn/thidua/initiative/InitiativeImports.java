package vn.thidua.initiative;

import java.io.OutputStream;
import java.util.UUID;
import vn.thidua.shared.imports.ImportStatus;

/**
 * Imports of initiatives from an .xlsx workbook made from the template, for the units of the
 * importing officer's subtree. An import runs in the background: every row is checked, then all are
 * saved in one transaction, or none when any row is bad.
 */
public interface InitiativeImports {

  /**
   * Starts importing for units within {@code unitId}'s subtree and returns the job's id. Refuses at
   * once a file that is not an .xlsx workbook, and a user who may not change the unit.
   */
  UUID start(long unitId, String fileName, byte[] content);

  /** The job's progress and outcome; not found when the user may not see its unit. */
  ImportStatus status(UUID jobId);

  /** Writes the empty template with its headers, an example row and help. */
  void writeTemplate(OutputStream out);
}
