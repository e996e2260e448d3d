package vn.thidua.attachment;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The file store. It checks the file, not the user: callers check that the signed-in user may
 * change (to store or delete) or see (to open) the record the file belongs to.
 */
public interface Attachments {

  /**
   * Stores a file for a record of {@code ownerUnitId}. Refuses an empty file, one over the
   * configured size ({@code thidua.attachments.max-size}, 20 MB by default), and any type but PDF,
   * JPEG, PNG, DOCX, XLSX, DOC and XLS, recognised from the content: the declared type and the file
   * name's extension are not trusted.
   */
  AttachmentRef store(String fileName, String declaredType, InputStream in, long ownerUnitId);

  Optional<AttachmentRef> describe(long id);

  /** The files found among {@code ids}, in the order of the ids; unknown ids are left out. */
  List<AttachmentRef> describe(Collection<Long> ids);

  /** The file's content to send; not found when there is no such file. */
  StoredFile open(long id);

  /** Removes the file; nothing happens when it is already gone. */
  void delete(long id);

  /** The files of the records that {@code link} ties to theirs. */
  RecordFiles linkedThrough(LinkTable link);
}
