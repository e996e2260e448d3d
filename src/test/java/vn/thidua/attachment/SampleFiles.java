package vn.thidua.attachment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small files of every kind the store takes, and some it refuses, made in memory. */
public final class SampleFiles {

  private SampleFiles() {}

  public static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] png() {
    return new byte[] {
      (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
  }

  public static byte[] jpeg() {
    return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'};
  }

  public static byte[] docx() {
    return ooxml(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "word/document.xml");
  }

  /** A Word document with macros: a zip of the same shape, but not a type the store takes. */
  public static byte[] docm() {
    return ooxml("application/vnd.ms-word.document.macroEnabled.main+xml", "word/document.xml");
  }

  public static byte[] xlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.createSheet("Trang 1").createRow(0).createCell(0).setCellValue("Số liệu");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] xls() {
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.createSheet("Trang 1").createRow(0).createCell(0).setCellValue("Số liệu");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] doc() {
    return compound("WordDocument");
  }

  /** An OLE2 file that is neither Word nor Excel (as an Outlook message is). */
  public static byte[] otherCompound() {
    return compound("__substg1.0_0037001F");
  }

  public static byte[] zipOfText() {
    return zip("readme.txt", "chỉ là văn bản");
  }

  public static byte[] html() {
    return "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] compound(String streamName) {
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), streamName);
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An entry with a fixed time, so that two calls give the same bytes to compare downloads with.
   */
  private static ZipEntry entry(String name) {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(FIXED_TIME);
    return entry;
  }

  private static final long FIXED_TIME = 1_700_000_000_000L;

  private static byte[] ooxml(String mainType, String mainPart) {
    String types =
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/%s" ContentType="%s"/>
        </Types>
        """
            .formatted(mainPart, mainType);
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(entry("[Content_Types].xml"));
      zip.write(types.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(entry(mainPart));
      zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(String name, String text) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
