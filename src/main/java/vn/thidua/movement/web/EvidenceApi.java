package vn.thidua.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
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
import vn.thidua.movement.ProgressEvidence;

@RestController
@RequestMapping("/api/movements/{movementId}/phases/{phaseId}/reports/{unitId}/attachments")
@Tag(name = "Progress")
class EvidenceApi {

  private final ProgressEvidence evidence;

  EvidenceApi(ProgressEvidence evidence) {
    this.evidence = evidence;
  }

  @GetMapping
  @Operation(summary = "The evidence attached to a unit's report for a phase")
  List<AttachmentRef> list(
      @PathVariable long movementId, @PathVariable long phaseId, @PathVariable long unitId) {
    return evidence.evidence(movementId, phaseId, unitId);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Attach a file as evidence to a unit's report for a phase",
      description =
          "PDF, JPEG, PNG, DOCX, XLSX, DOC or XLS, recognised from the content; at most 20 MB."
              + " 422 for another type or an empty file; allowed while the unit may report.")
  ResponseEntity<AttachmentRef> attach(
      @PathVariable long movementId,
      @PathVariable long phaseId,
      @PathVariable long unitId,
      @RequestPart("file") MultipartFile file)
      throws IOException {
    AttachmentRef ref =
        evidence.attach(
            movementId,
            phaseId,
            unitId,
            file.getOriginalFilename(),
            file.getContentType(),
            file.getInputStream());
    URI location =
        URI.create(
            "/api/movements/%d/phases/%d/reports/%d/attachments/%d"
                .formatted(movementId, phaseId, unitId, ref.id()));
    return ResponseEntity.created(location).body(ref);
  }

  @GetMapping("/{attachmentId}")
  @Operation(summary = "Download one file of evidence")
  ResponseEntity<InputStreamResource> download(
      @PathVariable long movementId,
      @PathVariable long phaseId,
      @PathVariable long unitId,
      @PathVariable long attachmentId) {
    return AttachmentDownload.of(evidence.open(movementId, phaseId, unitId, attachmentId));
  }

  @DeleteMapping("/{attachmentId}")
  @Operation(summary = "Remove one file of evidence while the unit may still report")
  ResponseEntity<Void> remove(
      @PathVariable long movementId,
      @PathVariable long phaseId,
      @PathVariable long unitId,
      @PathVariable long attachmentId) {
    evidence.remove(movementId, phaseId, unitId, attachmentId);
    return ResponseEntity.noContent().build();
  }
}
