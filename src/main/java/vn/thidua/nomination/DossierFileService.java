package vn.thidua.nomination;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.attachment.AttachmentRef;
import vn.thidua.attachment.Attachments;
import vn.thidua.attachment.LinkTable;
import vn.thidua.attachment.RecordFiles;
import vn.thidua.attachment.StoredFile;
import vn.thidua.attachment.Upload;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class DossierFileService implements DossierFiles {

  static final String ENTITY = "NominationAttachment";

  private final Nominations nominations;
  private final RecordFiles files;

  DossierFileService(Nominations nominations, Attachments attachments) {
    this.nominations = nominations;
    this.files =
        attachments.linkedThrough(
            new LinkTable("nomination_attachment", "nomination_id", ENTITY, "nominationId"));
  }

  @Override
  @Transactional(readOnly = true)
  public Files files(long nominationId) {
    NominationView nomination = nominations.get(nominationId);
    return new Files(files.of(nominationId), nomination.canEdit());
  }

  @Override
  public AttachmentRef attach(long nominationId, Upload upload) {
    NominationView nomination = changeable(nominations.get(nominationId));
    return files.attach(nomination.id(), nomination.proposingUnitId(), upload);
  }

  @Override
  @Transactional(readOnly = true)
  public StoredFile open(long nominationId, long attachmentId) {
    nominations.get(nominationId);
    return files.open(nominationId, attachmentId);
  }

  @Override
  public void remove(long nominationId, long attachmentId) {
    NominationView nomination = changeable(nominations.get(nominationId));
    files.remove(nomination.id(), nomination.proposingUnitId(), attachmentId);
  }

  @Override
  public NominationView nominateWith(NominationForm form, List<Upload> uploads) {
    NominationView saved = nominations.nominate(form);
    uploads.forEach(upload -> files.attach(saved.id(), saved.proposingUnitId(), upload));
    return saved;
  }

  /** Officers of the proposing unit, while the dossier is a draft or returned for revision. */
  private static NominationView changeable(NominationView nomination) {
    if (!nomination.canEdit()) {
      if (nomination.state() == NominationState.DRAFT
          || nomination.state() == NominationState.RETURNED) {
        throw DomainException.forbidden(
            "nomination.attachment.forbidden", nomination.nomineeName());
      }
      throw DomainException.invalid("nomination.locked", nomination.state().label());
    }
    return nomination;
  }
}
