package vn.thidua.nomination.web;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.attachment.AttachmentDownload;
import vn.thidua.attachment.AttachmentRef;
import vn.thidua.attachment.Upload;
import vn.thidua.nomination.DossierFiles;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/**
 * The files of a nomination's dossier on its page. A refused file goes back to the page with the
 * reason above the upload form; access refusals (not found, forbidden) go to the error page.
 */
@Controller
@RequestMapping("/nominations/{nominationId}/attachments")
class DossierFilePages {

  private final DossierFiles files;
  private final Texts texts;

  DossierFilePages(DossierFiles files, Texts texts) {
    this.files = files;
    this.texts = texts;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String attach(
      @PathVariable long nominationId,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect) {
    try {
      AttachmentRef ref =
          files.attach(nominationId, file == null ? new Upload(null, null, null) : Upload.of(file));
      redirect.addFlashAttribute("notice", texts.get("attachment.uploaded", ref.fileName()));
    } catch (DomainException e) {
      if (e.refusesAccess()) {
        throw e;
      }
      redirect.addFlashAttribute("attachmentError", texts.of(e));
    }
    return "redirect:/nominations/" + nominationId + "#dossier-files";
  }

  @GetMapping("/{attachmentId}")
  ResponseEntity<InputStreamResource> download(
      @PathVariable long nominationId, @PathVariable long attachmentId) {
    return AttachmentDownload.of(files.open(nominationId, attachmentId));
  }

  @PostMapping("/{attachmentId}/delete")
  String remove(
      @PathVariable long nominationId,
      @PathVariable long attachmentId,
      RedirectAttributes redirect) {
    String name =
        files.files(nominationId).files().stream()
            .filter(ref -> ref.id() == attachmentId)
            .map(AttachmentRef::fileName)
            .findFirst()
            .orElse("");
    try {
      files.remove(nominationId, attachmentId);
      redirect.addFlashAttribute("notice", texts.get("attachment.deleted", name));
    } catch (DomainException e) {
      if (e.refusesAccess()) {
        throw e;
      }
      redirect.addFlashAttribute("attachmentError", texts.of(e));
    }
    return "redirect:/nominations/" + nominationId + "#dossier-files";
  }
}
