package vn.thidua.movement;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.attachment.AttachmentRef;
import vn.thidua.attachment.Attachments;
import vn.thidua.attachment.StoredFile;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class EvidenceService implements ProgressEvidence {

  static final String ENTITY = "ProgressEvidence";

  private final JdbcClient jdbc;
  private final Attachments attachments;
  private final MovementAccess access;
  private final ParticipantDirectory participants;
  private final OrgUnits units;
  private final MovementCalendar calendar;
  private final ApplicationEventPublisher events;

  EvidenceService(
      JdbcClient jdbc,
      Attachments attachments,
      MovementAccess access,
      ParticipantDirectory participants,
      OrgUnits units,
      MovementCalendar calendar,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.attachments = attachments;
    this.access = access;
    this.participants = participants;
    this.units = units;
    this.calendar = calendar;
    this.events = events;
  }

  @Override
  @Transactional(readOnly = true)
  public List<AttachmentRef> evidence(long movementId, long phaseId, long unitId) {
    readable(movementId, phaseId, unitId);
    return attachments.describe(ids(phaseId, unitId));
  }

  @Override
  public AttachmentRef attach(
      long movementId,
      long phaseId,
      long unitId,
      String fileName,
      String declaredType,
      InputStream content) {
    editable(movementId, phaseId, unitId);
    AttachmentRef ref = attachments.store(fileName, declaredType, content, unitId);
    jdbc.sql(
            "insert into progress_evidence (attachment_id, movement_id, phase_id, unit_id)"
                + " values (:attachment, :movement, :phase, :unit)")
        .param("attachment", ref.id())
        .param("movement", movementId)
        .param("phase", phaseId)
        .param("unit", unitId)
        .update();
    events.publishEvent(
        EntityChanged.created(ENTITY, ref.id(), unitId, audited(movementId, phaseId, ref)));
    return ref;
  }

  @Override
  @Transactional(readOnly = true)
  public StoredFile open(long movementId, long phaseId, long unitId, long attachmentId) {
    readable(movementId, phaseId, unitId);
    requireEvidence(phaseId, unitId, attachmentId);
    return attachments.open(attachmentId);
  }

  @Override
  public void remove(long movementId, long phaseId, long unitId, long attachmentId) {
    editable(movementId, phaseId, unitId);
    requireEvidence(phaseId, unitId, attachmentId);
    AttachmentRef ref = attachments.describe(attachmentId).orElseThrow();
    jdbc.sql("delete from progress_evidence where attachment_id = :id")
        .param("id", attachmentId)
        .update();
    attachments.delete(attachmentId);
    events.publishEvent(
        EntityChanged.deleted(ENTITY, attachmentId, unitId, audited(movementId, phaseId, ref)));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<Long, List<AttachmentRef>> evidenceOfPhase(long movementId, long phaseId) {
    access.asOrganiser(movementId).phase(phaseId);
    Map<Long, List<Long>> idsByUnit = new LinkedHashMap<>();
    jdbc.sql(
            "select unit_id, attachment_id from progress_evidence"
                + " where movement_id = :movement and phase_id = :phase order by attachment_id")
        .param("movement", movementId)
        .param("phase", phaseId)
        .query(
            (rs, row) ->
                idsByUnit
                    .computeIfAbsent(rs.getLong("unit_id"), unit -> new ArrayList<>())
                    .add(rs.getLong("attachment_id")))
        .list();
    Map<Long, List<AttachmentRef>> evidence = new LinkedHashMap<>();
    idsByUnit.forEach((unit, ids) -> evidence.put(unit, attachments.describe(ids)));
    return evidence;
  }

  /** The same rule as seeing the unit's report. */
  private void readable(long movementId, long phaseId, long unitId) {
    access.visible(movementId).phase(phaseId);
    UnitSummary unit = units.requireVisible(unitId);
    if (!participants.takesPart(movementId, unitId)) {
      throw DomainException.notFound("registration.notParticipantHere", unit.name());
    }
  }

  /** The same rule as reporting for the unit: the movement runs and the phase has begun. */
  private void editable(long movementId, long phaseId, long unitId) {
    Movement movement = access.visible(movementId);
    MovementView.PhaseView phase = movement.phase(phaseId);
    if (!units.canSee(unitId)) {
      throw DomainException.notFound("unit.notFound", unitId);
    }
    UnitSummary unit = units.requireChangeable(unitId);
    if (movement.status() != MovementStatus.LAUNCHED) {
      throw DomainException.conflict("registration.notLaunched", movement.name());
    }
    if (!participants.takesPart(movementId, unitId)) {
      throw DomainException.invalid("progress.notParticipant", unit.name(), movement.name());
    }
    if (!phase.startedBy(calendar.today())) {
      throw DomainException.invalid("progress.phaseNotStarted", phase.number(), phase.startsOn());
    }
  }

  private void requireEvidence(long phaseId, long unitId, long attachmentId) {
    if (!ids(phaseId, unitId).contains(attachmentId)) {
      throw DomainException.notFound("attachment.notFound", attachmentId);
    }
  }

  private List<Long> ids(long phaseId, long unitId) {
    return jdbc.sql(
            "select attachment_id from progress_evidence where phase_id = :phase and unit_id = :unit"
                + " order by attachment_id")
        .param("phase", phaseId)
        .param("unit", unitId)
        .query(Long.class)
        .list();
  }

  private static Map<String, Object> audited(long movementId, long phaseId, AttachmentRef ref) {
    return Map.of(
        "movementId", movementId,
        "phaseId", phaseId,
        "fileName", ref.fileName(),
        "size", ref.size(),
        "sha256", ref.sha256());
  }
}
