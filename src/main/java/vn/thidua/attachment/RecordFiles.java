package vn.thidua.attachment;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.web.DomainException;

/**
 * The files of the records of one table, linked through a {@link LinkTable}: list, add, open and
 * remove one record's files, each change audited. Like {@link Attachments} it does not know users:
 * the owning module checks that the user may see or change the record before it calls.
 */
public final class RecordFiles {

  private final LinkTable link;
  private final Attachments attachments;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  RecordFiles(
      LinkTable link, Attachments attachments, JdbcClient jdbc, ApplicationEventPublisher events) {
    this.link = link;
    this.attachments = attachments;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** The record's files, oldest first. */
  public List<AttachmentRef> of(long ownerId) {
    return attachments.describe(ids(ownerId));
  }

  /** Stores the file for the record of {@code ownerUnitId} and links it to the record. */
  public AttachmentRef attach(long ownerId, long ownerUnitId, Upload upload) {
    AttachmentRef ref =
        attachments.store(upload.fileName(), upload.declaredType(), upload.content(), ownerUnitId);
    jdbc.sql(
            "insert into %s (attachment_id, %s) values (:attachment, :owner)"
                .formatted(link.table(), link.ownerColumn()))
        .param("attachment", ref.id())
        .param("owner", ownerId)
        .update();
    events.publishEvent(
        EntityChanged.created(link.entity(), ref.id(), ownerUnitId, audited(ownerId, ref)));
    return ref;
  }

  /** The file to send; not found unless it belongs to the record. */
  public StoredFile open(long ownerId, long attachmentId) {
    requireFileOf(ownerId, attachmentId);
    return attachments.open(attachmentId);
  }

  /** Unlinks and deletes the file; not found unless it belongs to the record. */
  public AttachmentRef remove(long ownerId, long ownerUnitId, long attachmentId) {
    requireFileOf(ownerId, attachmentId);
    AttachmentRef ref = attachments.describe(attachmentId).orElseThrow();
    jdbc.sql("delete from %s where attachment_id = :id".formatted(link.table()))
        .param("id", attachmentId)
        .update();
    attachments.delete(attachmentId);
    events.publishEvent(
        EntityChanged.deleted(link.entity(), attachmentId, ownerUnitId, audited(ownerId, ref)));
    return ref;
  }

  private void requireFileOf(long ownerId, long attachmentId) {
    if (!ids(ownerId).contains(attachmentId)) {
      throw DomainException.notFound("attachment.notFound", attachmentId);
    }
  }

  private List<Long> ids(long ownerId) {
    return jdbc.sql(
            "select attachment_id from %s where %s = :owner order by attachment_id"
                .formatted(link.table(), link.ownerColumn()))
        .param("owner", ownerId)
        .query(Long.class)
        .list();
  }

  private Map<String, Object> audited(long ownerId, AttachmentRef ref) {
    return Map.of(
        link.ownerKey(),
        ownerId,
        "fileName",
        ref.fileName(),
        "size",
        ref.size(),
        "sha256",
        ref.sha256());
  }
}
