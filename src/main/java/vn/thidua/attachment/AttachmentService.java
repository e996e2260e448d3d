package vn.thidua.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.DomainException;

/**
 * Keeps files in the attachment table. A file is read whole into memory before it is checked: the
 * size limit keeps that small, the type can only be told from the whole content of a zip, and the
 * PostgreSQL driver reads a bytea value whole in any case.
 */
@Service
@Transactional
class AttachmentService implements Attachments {

  static final String ENTITY = "Attachment";

  private static final String COLUMNS =
      "id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, owner_unit_id";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final long maxBytes;

  AttachmentService(
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      @Value("${thidua.attachments.max-size:20MB}") DataSize maxSize) {
    this.jdbc = jdbc;
    this.events = events;
    this.maxBytes = maxSize.toBytes();
  }

  @Override
  public AttachmentRef store(
      String fileName, String declaredType, InputStream in, long ownerUnitId) {
    byte[] content = read(in);
    if (content.length == 0) {
      throw DomainException.invalid("attachment.empty");
    }
    if (content.length > maxBytes) {
      throw DomainException.invalid(
          "attachment.tooLarge", DataSize.ofBytes(maxBytes).toMegabytes());
    }
    FileType type =
        FileSniffer.sniff(content)
            .orElseThrow(() -> DomainException.invalid("attachment.typeRefused"));
    String name = FileNames.safe(fileName, type);
    String sha256 = sha256(content);
    String by = CurrentUser.name();
    long id =
        jdbc.sql(
                """
                insert into attachment (file_name, content_type, size_bytes, sha256, content,
                                        uploaded_by, owner_unit_id)
                values (:name, :type, :size, :sha256, :content, :by, :unit)
                returning id
                """)
            .param("name", name)
            .param("type", type.contentType())
            .param("size", content.length)
            .param("sha256", sha256)
            .param("content", content)
            .param("by", by)
            .param("unit", ownerUnitId)
            .query(Long.class)
            .single();
    AttachmentRef ref = describe(id).orElseThrow();
    events.publishEvent(EntityChanged.created(ENTITY, id, ownerUnitId, audited(ref)));
    return ref;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AttachmentRef> describe(long id) {
    return jdbc.sql("select " + COLUMNS + " from attachment where id = :id")
        .param("id", id)
        .query(AttachmentService::ref)
        .optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<AttachmentRef> describe(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, AttachmentRef> found = new LinkedHashMap<>();
    jdbc.sql("select " + COLUMNS + " from attachment where id in (:ids)")
        .param("ids", List.copyOf(ids))
        .query(AttachmentService::ref)
        .list()
        .forEach(ref -> found.put(ref.id(), ref));
    return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public StoredFile open(long id) {
    AttachmentRef ref =
        describe(id).orElseThrow(() -> DomainException.notFound("attachment.notFound", id));
    byte[] content =
        jdbc.sql("select content from attachment where id = :id")
            .param("id", id)
            .query(byte[].class)
            .single();
    return new StoredFile(ref, new ByteArrayInputStream(content));
  }

  @Override
  public void delete(long id) {
    describe(id)
        .ifPresent(
            ref -> {
              jdbc.sql("delete from attachment where id = :id").param("id", id).update();
              events.publishEvent(
                  EntityChanged.deleted(ENTITY, id, ref.ownerUnitId(), audited(ref)));
            });
  }

  @Override
  public RecordFiles linkedThrough(LinkTable link) {
    return new RecordFiles(link, this, jdbc, events);
  }

  private byte[] read(InputStream in) {
    if (in == null) {
      return new byte[0];
    }
    try (in) {
      // One byte past the limit tells a file at the limit from one over it.
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the uploaded file", e);
    }
  }

  private static Map<String, Object> audited(AttachmentRef ref) {
    return Map.of(
        "fileName", ref.fileName(),
        "contentType", ref.contentType(),
        "size", ref.size(),
        "sha256", ref.sha256());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static AttachmentRef ref(ResultSet rs, int row) throws SQLException {
    OffsetDateTime uploadedAt = rs.getObject("uploaded_at", OffsetDateTime.class);
    Instant at = uploadedAt == null ? null : uploadedAt.toInstant();
    return new AttachmentRef(
        rs.getLong("id"),
        rs.getString("file_name"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256").strip(),
        rs.getString("uploaded_by"),
        at,
        rs.getLong("owner_unit_id"));
  }
}
