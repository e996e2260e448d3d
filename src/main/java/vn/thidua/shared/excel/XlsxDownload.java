package vn.thidua.shared.excel;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends a workbook as a download. The workbook is written to a temporary file first: a refusal
 * raised while writing still becomes a proper error response, and the database work is over before
 * a slow client starts downloading.
 */
public final class XlsxDownload {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private XlsxDownload() {}

  public static void send(
      HttpServletResponse response, String fileName, Consumer<OutputStream> writer)
      throws IOException {
    Path file = Files.createTempFile("thidua-", ".xlsx");
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        writer.accept(out);
      }
      response.setContentType(CONTENT_TYPE);
      response.setHeader(
          HttpHeaders.CONTENT_DISPOSITION,
          ContentDisposition.attachment()
              .filename(fileName, StandardCharsets.UTF_8)
              .build()
              .toString());
      response.setContentLengthLong(Files.size(file));
      Files.copy(file, response.getOutputStream());
      response.flushBuffer();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
