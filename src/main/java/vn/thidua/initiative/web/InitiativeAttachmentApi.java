package vn.thidua.initiative.web;

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
import vn.thidua.initiative.InitiativeAttachments;

@RestController
@RequestMapping("/api/initiatives/{initiativeId}/attachments")
@Tag(name = "Initiatives")
class InitiativeAttachmentApi {

  private final InitiativeAttachments files;

  InitiativeAttachmentApi(InitiativeAttachments files) {
    this.files = files;
  }

  @GetMapping
  @Operation(
      summary = "An initiative's documents",
      description = "canChange tells whether the caller may add or remove them.")
  InitiativeAttachments.InitiativeFiles list(@PathVariable long initiativeId) {
    return files.files(initiativeId);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Add a document to an initiative",
      description =
          "PDF, JPEG, PNG, DOCX, XLSX, DOC or XLS, recognised from the content; at most 20 MB."
              + " Officers of its unit and the worker who submitted it, until a level decided.")
  ResponseEntity<AttachmentRef> attach(
      @PathVariable long initiativeId, @RequestPart("file") MultipartFile file) {
    AttachmentRef ref = files.attach(initiativeId, Upload.of(file));
    return ResponseEntity.created(
            URI.create("/api/initiatives/%d/attachments/%d".formatted(initiativeId, ref.id())))
        .body(ref);
  }

  @GetMapping("/{attachmentId}")
  @Operation(summary = "Download one of an initiative's documents")
  ResponseEntity<InputStreamResource> download(
      @PathVariable long initiativeId, @PathVariable long attachmentId) {
    return AttachmentDownload.of(files.open(initiativeId, attachmentId));
  }

  @DeleteMapping("/{attachmentId}")
  @Operation(summary = "Remove one of an initiative's documents, until a level decided")
  ResponseEntity<Void> remove(@PathVariable long initiativeId, @PathVariable long attachmentId) {
    files.remove(initiativeId, attachmentId);
    return ResponseEntity.noContent().build();
  }
}
