package vn.thidua.nomination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.decision.DecisionDocuments;
import vn.thidua.nomination.Minutes;
import vn.thidua.nomination.Nominations;

/** The council's minutes as PDF, for the pages and the API alike. */
@RestController
@Tag(name = "Nominations")
class MinutesDownloads {

  private final Nominations nominations;
  private final DecisionDocuments documents;
  private final MinutesPdf pdf;

  MinutesDownloads(Nominations nominations, DecisionDocuments documents, MinutesPdf pdf) {
    this.nominations = nominations;
    this.documents = documents;
    this.pdf = pdf;
  }

  @GetMapping({
    "/nominations/rounds/{nominationRoundId}/minutes.pdf",
    "/api/nomination-rounds/{nominationRoundId}/minutes.pdf"
  })
  @Operation(
      summary =
          "The council's minutes as PDF in the administrative layout of the unit's decisions:"
              + " members present, votes per nominee, result")
  ResponseEntity<byte[]> minutes(@PathVariable long nominationRoundId) {
    Minutes minutes = nominations.minutes(nominationRoundId);
    byte[] content = pdf.write(minutes, documents.letterhead(minutes.round().unitId()));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("bien-ban-" + nominationRoundId + ".pdf")
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .contentType(MediaType.APPLICATION_PDF)
        .body(content);
  }
}
