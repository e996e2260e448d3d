package vn.thidua.initiative;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.attachment.AttachmentRef;
import vn.thidua.attachment.Attachments;
import vn.thidua.attachment.StoredFile;
import vn.thidua.attachment.Upload;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class InitiativeFileService implements InitiativeAttachments {

  static final String ENTITY = "InitiativeAttachment";

  private final Initiatives initiatives;
  private final Attachments attachments;
  private final OrgUnits units;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  InitiativeFileService(
      Initiatives initiatives,
      Attachments attachments,
      OrgUnits units,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.initiatives = initiatives;
    this.attachments = attachments;
    this.units = units;
    this.jdbc = jdbc;
    this.events = events;
  }

  @Override
  @Transactional(readOnly = true)
  public InitiativeFiles files(long initiativeId) {
    InitiativeView initiative = initiatives.get(initiativeId);
    return new InitiativeFiles(
        attachments.describe(ids(initiativeId)), mayChange(initiative) && !decided(initiative));
  }

  @Override
  public AttachmentRef attach(long initiativeId, Upload upload) {
    return store(changeable(initiatives.get(initiativeId)), upload);
  }

  @Override
  @Transactional(readOnly = true)
  public StoredFile open(long initiativeId, long attachmentId) {
    initiatives.get(initiativeId);
    requireFileOf(initiativeId, attachmentId);
    return attachments.open(attachmentId);
  }

  @Override
  public void remove(long initiativeId, long attachmentId) {
    InitiativeView initiative = changeable(initiatives.get(initiativeId));
    requireFileOf(initiativeId, attachmentId);
    AttachmentRef ref = attachments.describe(attachmentId).orElseThrow();
    jdbc.sql("delete from initiative_attachment where attachment_id = :id")
        .param("id", attachmentId)
        .update();
    attachments.delete(attachmentId);
    events.publishEvent(
        EntityChanged.deleted(ENTITY, attachmentId, initiative.unitId(), audited(initiative, ref)));
  }

  @Override
  public InitiativeView submitWith(InitiativeForm form, List<Upload> uploads) {
    InitiativeView saved = initiatives.submit(form);
    uploads.forEach(upload -> store(saved, upload));
    return saved;
  }

  @Override
  public InitiativeView changeWith(long initiativeId, InitiativeForm form, List<Upload> uploads) {
    InitiativeView changed = initiatives.change(initiativeId, form);
    uploads.forEach(upload -> store(changeable(changed), upload));
    return changed;
  }

  private AttachmentRef store(InitiativeView initiative, Upload upload) {
    AttachmentRef ref =
        attachments.store(
            upload.fileName(), upload.declaredType(), upload.content(), initiative.unitId());
    jdbc.sql(
            "insert into initiative_attachment (attachment_id, initiative_id)"
                + " values (:attachment, :initiative)")
        .param("attachment", ref.id())
        .param("initiative", initiative.id())
        .update();
    events.publishEvent(
        EntityChanged.created(ENTITY, ref.id(), initiative.unitId(), audited(initiative, ref)));
    return ref;
  }

  /** Officers of its unit and the worker who submitted it, before any level decided. */
  private InitiativeView changeable(InitiativeView initiative) {
    if (!mayChange(initiative)) {
      throw DomainException.forbidden("initiative.attachment.forbidden", initiative.title());
    }
    if (decided(initiative)) {
      throw DomainException.invalid("initiative.locked");
    }
    return initiative;
  }

  private boolean mayChange(InitiativeView initiative) {
    return units.canChange(initiative.unitId())
        || CurrentUser.get()
            .map(SignedInUser::username)
            .filter(name -> name.equals(initiative.submittedBy()))
            .isPresent();
  }

  private static boolean decided(InitiativeView initiative) {
    return initiative.reviews().stream()
        .anyMatch(review -> review.outcome() != ReviewOutcome.UNDER_REVIEW);
  }

  private void requireFileOf(long initiativeId, long attachmentId) {
    if (!ids(initiativeId).contains(attachmentId)) {
      throw DomainException.notFound("attachment.notFound", attachmentId);
    }
  }

  private List<Long> ids(long initiativeId) {
    return jdbc.sql(
            "select attachment_id from initiative_attachment where initiative_id = :id"
                + " order by attachment_id")
        .param("id", initiativeId)
        .query(Long.class)
        .list();
  }

  private static Map<String, Object> audited(InitiativeView initiative, AttachmentRef ref) {
    return Map.of(
        "initiativeId", initiative.id(),
        "fileName", ref.fileName(),
        "size", ref.size(),
        "sha256", ref.sha256());
  }
}
