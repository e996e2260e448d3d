package vn.thidua.initiative;

import java.util.List;
import vn.thidua.attachment.AttachmentRef;
import vn.thidua.attachment.StoredFile;
import vn.thidua.attachment.Upload;

/**
 * The documents of an initiative. Whoever sees the initiative downloads them; officers of its unit
 * and the worker who submitted it add and remove them until a level has decided on it.
 */
public interface InitiativeAttachments {

  /** The initiative's files, and whether the signed-in user may add or remove them. */
  InitiativeFiles files(long initiativeId);

  AttachmentRef attach(long initiativeId, Upload upload);

  /** The file to download; not found unless it belongs to that initiative. */
  StoredFile open(long initiativeId, long attachmentId);

  void remove(long initiativeId, long attachmentId);

  /**
   * Submits an initiative with its files, all or nothing: a refused file leaves no initiative
   * behind.
   */
  InitiativeView submitWith(InitiativeForm form, List<Upload> uploads);

  /** Changes an initiative and adds files to it, all or nothing. */
  InitiativeView changeWith(long initiativeId, InitiativeForm form, List<Upload> uploads);

  record InitiativeFiles(List<AttachmentRef> files, boolean canChange) {

    public InitiativeFiles {
      files = List.copyOf(files);
    }
  }
}
