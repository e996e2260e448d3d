package vn.thidua.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PeopleWorkbookTests {

  static byte[] template() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PeopleTemplate.write(out, List.of("Hướng dẫn"));
    return out.toByteArray();
  }

  static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    workbook.close();
    return out.toByteArray();
  }

  @Test
  void theTemplateReadsBackAsItsHeaderAndTheExampleRow() {
    byte[] template = template();

    PeopleWorkbook.requireXlsx("mau.xlsx", template);
    PeopleWorkbook.Rows rows = PeopleWorkbook.read(template, 100);

    assertThat(PeopleTemplate.checkHeader(rows.header())).isEmpty();
    assertThat(rows.data())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.number()).isEqualTo(2);
              assertThat(PeopleTemplate.isUntouchedExample(row)).isTrue();
            });
  }

  @Test
  void theTemplateHasTheVietnameseHeadersAndAHelpSheet() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
      Row header = workbook.getSheet(PeopleTemplate.SHEET_NAME).getRow(0);

      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Giới tính (Nam/Nữ)");
      assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Đoàn viên (Có/Không)");
      assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Ngày vào làm (dd/MM/yyyy)");
      assertThat(header.getCell(7).getStringCellValue()).startsWith("Mã đơn vị");
      assertThat(workbook.getSheet(PeopleTemplate.HELP_SHEET_NAME)).isNotNull();
    }
  }

  @Test
  void readsDateCellsAsDayMonthYearAndNumbersWithoutSeparators() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    XSSFSheet sheet = workbook.createSheet("Danh sách");
    Row header = sheet.createRow(0);
    for (PeopleTemplate.Column column : PeopleTemplate.Column.values()) {
      header.createCell(column.ordinal()).setCellValue(column.header);
    }
    CellStyle usDate = workbook.createCellStyle();
    usDate.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
    CellStyle grouped = workbook.createCellStyle();
    grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    Row row = sheet.createRow(4);
    row.createCell(0).setCellValue("Hoàng Văn Nam");
    row.createCell(2).setCellValue(1985);
    row.getCell(2).setCellStyle(grouped);
    row.createCell(6).setCellValue(LocalDate.of(2012, 9, 5));
    row.getCell(6).setCellStyle(usDate);

    PeopleWorkbook.Rows rows = PeopleWorkbook.read(bytes(workbook), 100);

    assertThat(rows.data())
        .singleElement()
        .satisfies(
            read -> {
              assertThat(read.number()).isEqualTo(5);
              assertThat(read.cell(0)).isEqualTo("Hoàng Văn Nam");
              assertThat(read.cell(1)).isEmpty();
              assertThat(read.cell(2)).isEqualTo("1985");
              assertThat(read.cell(6)).isEqualTo("05/09/2012");
            });
  }

  @Test
  void refusesMoreRowsThanAllowed() throws IOException {
    XSSFWorkbook workbook = new XSSFWorkbook();
    XSSFSheet sheet = workbook.createSheet("Danh sách");
    for (int i = 0; i < 6; i++) {
      sheet.createRow(i).createCell(0).setCellValue("Dòng " + i);
    }
    byte[] content = bytes(workbook);

    assertThatThrownBy(() -> PeopleWorkbook.read(content, 4))
        .isInstanceOfSatisfying(
            UnreadableWorkbook.class,
            e -> assertThat(e.problem().key()).isEqualTo("import.tooManyRows"));
  }

  @Test
  void tellsAnOldExcelFileFromOtherFiles() throws IOException {
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
    byte[] text = "Họ và tên;Giới tính\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("word/document.xml"));
      out.write("<w/>".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }

    assertThat(refusal("danh-sach.xls", xls)).isEqualTo("import.oldExcel");
    assertThat(refusal("danh-sach.csv", text)).isEqualTo("import.notXlsx");
    assertThat(refusal("danh-sach.xlsx", text)).isEqualTo("import.notXlsx");
    assertThat(refusal("renamed.xlsx", zip.toByteArray())).isEqualTo("import.notXlsx");
    assertThat(refusal("empty.xlsx", new byte[0])).isEqualTo("import.emptyFile");
    assertThat(refusal("template.XLSX", template())).isNull();
  }

  private static String refusal(String name, byte[] content) {
    try {
      PeopleWorkbook.requireXlsx(name, content);
      return null;
    } catch (UnreadableWorkbook e) {
      return e.problem().key();
    }
  }
}
