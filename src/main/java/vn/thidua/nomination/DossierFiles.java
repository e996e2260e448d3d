package vn.thidua.nomination;

import java.util.List;
import vn.thidua.attachment.AttachmentRef;
import vn.thidua.attachment.StoredFile;
import vn.thidua.attachment.Upload;

/**
 * The files of a nomination's dossier (the achievement report's scan, evidence). Whoever sees the
 * nomination downloads them; officers of the proposing unit (and of the units above it) add and
 * remove them while the dossier is theirs to change (draft, or returned for revision).
 */
public interface DossierFiles {

  /** The nomination's files, and whether the signed-in user may add or remove them. */
  Files files(long nominationId);

  AttachmentRef attach(long nominationId, Upload upload);

  /** The file to download; not found unless it belongs to that nomination. */
  StoredFile open(long nominationId, long attachmentId);

  void remove(long nominationId, long attachmentId);

  /** Drafts a nomination with its files, all or nothing: a refused file leaves no nomination. */
  NominationView nominateWith(NominationForm form, List<Upload> uploads);

  record Files(List<AttachmentRef> files, boolean canChange) {

    public Files {
      files = List.copyOf(files);
    }
  }
}
