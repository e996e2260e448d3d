package vn.thidua.nomination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.attachment.AttachmentDownload;
import vn.thidua.attachment.AttachmentRef;
import vn.thidua.attachment.Upload;
import vn.thidua.nomination.DossierFiles;

@RestController
@RequestMapping("/api/nominations/{nominationId}/attachments")
@Tag(name = "Nominations")
class DossierFileApi {

  private final DossierFiles files;

  DossierFileApi(DossierFiles files) {
    this.files = files;
  }

  @GetMapping
  @Operation(
      summary = "The files of a nomination's dossier",
      description = "canChange tells whether the caller may add or remove them.")
  DossierFiles.Files list(@PathVariable long nominationId) {
    return files.files(nominationId);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Add a file to a nomination's dossier",
      description =
          "PDF, JPEG, PNG, DOCX, XLSX, DOC or XLS, recognised from the content; at most 20 MB."
              + " Officers of the proposing unit, while the nomination is a draft or returned.")
  ResponseEntity<AttachmentRef> attach(
      @PathVariable long nominationId, @RequestPart("file") MultipartFile file) {
    AttachmentRef ref = files.attach(nominationId, Upload.of(file));
    return ResponseEntity.created(
            URI.create("/api/nominations/%d/attachments/%d".formatted(nominationId, ref.id())))
        .body(ref);
  }

  @GetMapping("/{attachmentId}")
  @Operation(summary = "Download one of a nomination's files")
  ResponseEntity<InputStreamResource> download(
      @PathVariable long nominationId, @PathVariable long attachmentId) {
    return AttachmentDownload.of(files.open(nominationId, attachmentId));
  }

  @DeleteMapping("/{attachmentId}")
  @Operation(
      summary = "Remove one of a nomination's files, while it is a draft or returned for revision")
  ResponseEntity<Void> remove(@PathVariable long nominationId, @PathVariable long attachmentId) {
    files.remove(nominationId, attachmentId);
    return ResponseEntity.noContent().build();
  }
}
