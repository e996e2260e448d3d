package vn.thidua.shared.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.excel.XlsxTable.Type;

class XlsxTableTests {

  static final XlsxTable TABLE =
      XlsxTable.titled("Danh sách khen thưởng")
          .subtitle("Xuất ngày 21/11/2026")
          .column("Họ và tên", Type.TEXT)
          .column("Năm sinh", Type.YEAR)
          .column("Số sáng kiến", Type.INTEGER)
          .column("Tỷ lệ", Type.DECIMAL)
          .column("Ngày quyết định", Type.DATE);

  static XSSFWorkbook written(XlsxTable table, Object[]... rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxTable.Writer writer = table.writeTo(out)) {
      for (Object[] row : rows) {
        writer.row(row);
      }
    }
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void writesTitleHeaderAndTypedCells() throws IOException {
    try (XSSFWorkbook workbook =
        written(
            TABLE,
            new Object[] {"Nguyễn Văn An", 1985, 1_500, 52.86, LocalDate.of(2025, 12, 31)},
            new Object[] {"Trần Thị Bình", null, 3, null, null})) {
      XSSFSheet sheet = workbook.getSheetAt(0);

      assertThat(sheet.getSheetName()).isEqualTo("Danh sách khen thưởng");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Danh sách khen thưởng");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Xuất ngày 21/11/2026");
      Row header = sheet.getRow(3);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
      assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);

      Row first = sheet.getRow(4);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn An");
      assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1985);
      assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0");
      assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(52.86);
      assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
      assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2025, 12, 31));
      assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");

      Row second = sheet.getRow(5);
      assertThat(second.getCell(1)).isNull();
      assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(3);
      assertThat(sheet.getLastRowNum()).isEqualTo(5);
    }
  }

  @Test
  void widensColumnsToTheirLongestValue() throws IOException {
    String longName = "Công ty TNHH Một thành viên Cơ khí Thăng Long";
    try (XSSFWorkbook workbook =
        written(TABLE, new Object[] {longName, 1990, 1, 1.0, LocalDate.of(2020, 1, 1)})) {
      XSSFSheet sheet = workbook.getSheetAt(0);

      assertThat(sheet.getColumnWidth(0)).isEqualTo((longName.length() + 2) * 256);
      assertThat(sheet.getColumnWidth(1)).isEqualTo(("Năm sinh".length() + 2) * 256);
    }
  }

  @Test
  void streamsLongListsAndCountsTheirRows() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int rows;
    try (XlsxTable.Writer writer = TABLE.writeTo(out)) {
      for (int i = 0; i < 2_000; i++) {
        writer.row("Người " + i, 1980 + i % 30, i, i / 7.0, LocalDate.of(2020, 1, 1).plusDays(i));
      }
      rows = writer.rows();
    }

    assertThat(rows).isEqualTo(2_000);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3 + 2_000);
      assertThat(workbook.getSheetAt(0).getRow(3 + 2_000).getCell(0).getStringCellValue())
          .isEqualTo("Người 1999");
    }
  }

  @Test
  void refusesAValueOfTheWrongTypeAndTooManyValues() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxTable.Writer writer = TABLE.writeTo(out)) {
      assertThatThrownBy(() -> writer.row("An", "một nghìn chín trăm"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Năm sinh");
      assertThatThrownBy(() -> writer.row("An", 1990, 1, 1.0, "31/12/2025"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("dates");
      assertThatThrownBy(() -> writer.row("An", 1990, 1, 1.0, null, "extra"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
