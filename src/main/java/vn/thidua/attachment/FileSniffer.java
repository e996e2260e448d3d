package vn.thidua.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Recognises a file's type from its first bytes and, for the container formats, from what is
 * inside: an OOXML document is a zip whose {@code [Content_Types].xml} names a Word document or an
 * Excel workbook as its main part; a DOC or XLS file is an OLE2 compound file holding a {@code
 * WordDocument} or {@code Workbook} stream. A browser's declared type and a file's extension are
 * easily wrong or forged, so neither is consulted.
 */
final class FileSniffer {

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String WORD_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String EXCEL_MAIN =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

  /** A content types part is a few kilobytes; reading more would only serve a zip bomb. */
  private static final int MAX_CONTENT_TYPES = 256 * 1024;

  /** Entries looked at before giving up on finding the content types part. */
  private static final int MAX_ENTRIES = 10_000;

  private FileSniffer() {}

  static Optional<FileType> sniff(byte[] content) {
    if (startsWith(content, PDF)) {
      return Optional.of(FileType.PDF);
    }
    if (startsWith(content, JPEG)) {
      return Optional.of(FileType.JPEG);
    }
    if (startsWith(content, PNG)) {
      return Optional.of(FileType.PNG);
    }
    if (startsWith(content, ZIP)) {
      return officeOpenXml(content);
    }
    if (startsWith(content, OLE2)) {
      return compoundDocument(content);
    }
    return Optional.empty();
  }

  private static Optional<FileType> officeOpenXml(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ENTRIES) {
        if (CONTENT_TYPES.equals(entry.getName())) {
          String types = readAtMost(zip, MAX_CONTENT_TYPES);
          if (types.contains(WORD_MAIN)) {
            return Optional.of(FileType.DOCX);
          }
          if (types.contains(EXCEL_MAIN)) {
            return Optional.of(FileType.XLSX);
          }
          return Optional.empty();
        }
      }
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<FileType> compoundDocument(byte[] content) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("WordDocument")) {
        return Optional.of(FileType.DOC);
      }
      if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
        return Optional.of(FileType.XLS);
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String readAtMost(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
