package vn.thidua.movement;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import vn.thidua.attachment.AttachmentRef;
import vn.thidua.attachment.StoredFile;

/**
 * Files a unit attaches to its progress report for a phase as evidence (minh chứng). Whoever sees
 * the report sees and downloads them; whoever may report for the unit attaches and removes them,
 * from the phase's first day while the movement runs.
 */
public interface ProgressEvidence {

  List<AttachmentRef> evidence(long movementId, long phaseId, long unitId);

  AttachmentRef attach(
      long movementId,
      long phaseId,
      long unitId,
      String fileName,
      String declaredType,
      InputStream content);

  /** The file to download; not found unless it is evidence of that very report. */
  StoredFile open(long movementId, long phaseId, long unitId, long attachmentId);

  void remove(long movementId, long phaseId, long unitId, long attachmentId);

  /** Every participant's evidence for the phase by unit id, for the organiser's side. */
  Map<Long, List<AttachmentRef>> evidenceOfPhase(long movementId, long phaseId);
}
