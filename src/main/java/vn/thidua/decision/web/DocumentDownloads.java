package vn.thidua.decision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.decision.DecisionDocuments;
import vn.thidua.decision.DecisionFile;
import vn.thidua.shared.document.Downloads;

/** The decision's PDF, DOCX and certificates, for the pages and the API alike. */
@RestController
@Tag(name = "Decisions")
class DocumentDownloads {

  private final DecisionDocuments documents;

  DocumentDownloads(DecisionDocuments documents) {
    this.documents = documents;
  }

  @GetMapping({"/decisions/{decisionId}/pdf", "/api/decisions/{decisionId}/pdf"})
  @Operation(summary = "The decision as PDF (a draft is marked DỰ THẢO)")
  ResponseEntity<byte[]> pdf(@PathVariable long decisionId) {
    return download(documents.pdf(decisionId), true);
  }

  @GetMapping({"/decisions/{decisionId}/docx", "/api/decisions/{decisionId}/docx"})
  @Operation(summary = "The decision as a Word document")
  ResponseEntity<byte[]> docx(@PathVariable long decisionId) {
    return download(documents.docx(decisionId), false);
  }

  @GetMapping({"/decisions/{decisionId}/certificates", "/api/decisions/{decisionId}/certificates"})
  @Operation(
      summary =
          "The certificates of an issued decision in force: one landscape page per awardee, with"
              + " the QR code and short code of the verification page")
  ResponseEntity<byte[]> certificates(@PathVariable long decisionId) {
    return download(documents.certificates(decisionId), true);
  }

  private static ResponseEntity<byte[]> download(DecisionFile file, boolean inline) {
    return Downloads.of(file.fileName(), file.contentType(), file.content(), inline);
  }
}
