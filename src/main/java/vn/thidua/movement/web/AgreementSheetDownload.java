package vn.thidua.movement.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thidua.movement.Agreements;

/** The printable signature sheet of an agreement, for whoever sees the agreement. */
@Controller
class AgreementSheetDownload {

  private final Agreements agreements;

  AgreementSheetDownload(Agreements agreements) {
    this.agreements = agreements;
  }

  @GetMapping("/agreements/{agreementId}/sheet.pdf")
  ResponseEntity<byte[]> sheet(@PathVariable long agreementId) {
    byte[] pdf = agreements.signatureSheet(agreementId);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("giao-uoc-thi-dua-" + agreementId + ".pdf")
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .contentType(MediaType.APPLICATION_PDF)
        .body(pdf);
  }
}
