package vn.thidua.initiative;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.attachment.AttachmentRef;
import vn.thidua.attachment.Attachments;
import vn.thidua.attachment.LinkTable;
import vn.thidua.attachment.RecordFiles;
import vn.thidua.attachment.StoredFile;
import vn.thidua.attachment.Upload;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class InitiativeFileService implements InitiativeAttachments {

  static final String ENTITY = "InitiativeAttachment";

  private final Initiatives initiatives;
  private final RecordFiles files;
  private final OrgUnits units;

  InitiativeFileService(Initiatives initiatives, Attachments attachments, OrgUnits units) {
    this.initiatives = initiatives;
    this.files =
        attachments.linkedThrough(
            new LinkTable("initiative_attachment", "initiative_id", ENTITY, "initiativeId"));
    this.units = units;
  }

  @Override
  @Transactional(readOnly = true)
  public InitiativeFiles files(long initiativeId) {
    InitiativeView initiative = initiatives.get(initiativeId);
    return new InitiativeFiles(
        files.of(initiativeId), mayChange(initiative) && !decided(initiative));
  }

  @Override
  public AttachmentRef attach(long initiativeId, Upload upload) {
    return store(changeable(initiatives.get(initiativeId)), upload);
  }

  @Override
  @Transactional(readOnly = true)
  public StoredFile open(long initiativeId, long attachmentId) {
    initiatives.get(initiativeId);
    return files.open(initiativeId, attachmentId);
  }

  @Override
  public void remove(long initiativeId, long attachmentId) {
    InitiativeView initiative = changeable(initiatives.get(initiativeId));
    files.remove(initiativeId, initiative.unitId(), attachmentId);
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
    return files.attach(initiative.id(), initiative.unitId(), upload);
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
}
