package vn.thidua.shared.document;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated document as a download that no shared cache keeps. */
public final class Downloads {

  public static final String PDF = "application/pdf";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private Downloads() {}

  /** Inline opens in the browser's viewer (a PDF); otherwise the browser saves the file. */
  public static ResponseEntity<byte[]> of(
      String fileName, String contentType, byte[] content, boolean inline) {
    ContentDisposition disposition =
        (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(fileName)
            .build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .contentType(MediaType.parseMediaType(contentType))
        .body(content);
  }
}
