package vn.thidua.initiative;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.shared.imports.ImportProblem;
import vn.thidua.shared.imports.SheetRow;
import vn.thidua.shared.imports.XlsxRows;
import vn.thidua.shared.text.SearchText;

/**
 * The template for importing initiatives: its columns in order, the example row, and how a header
 * row is recognised. Headers are Vietnamese whatever the user's language, so that one file works
 * for everyone.
 */
final class InitiativeTemplate {

  /** The columns, in order; {@code label} names the column in row messages. */
  enum Column {
    TITLE("Tên sáng kiến", "Tên sáng kiến", "ten sang kien"),
    SUMMARY("Tóm tắt nội dung", "Tóm tắt nội dung", "tom tat"),
    FIELD("Lĩnh vực", "Lĩnh vực", "linh vuc"),
    UNIT_CODE("Mã đơn vị (công đoàn cơ sở)", "Mã đơn vị", "ma don vi"),
    AUTHORS("Tác giả (họ tên hoặc mã; tỷ lệ %)", "Tác giả", "tac gia"),
    APPLIED_ON("Ngày áp dụng (dd/MM/yyyy)", "Ngày áp dụng", "ngay ap dung"),
    BENEFIT_VND("Giá trị làm lợi (đồng)", "Giá trị làm lợi", "gia tri lam loi"),
    BENEFIT_DESCRIPTION("Mô tả hiệu quả", "Mô tả hiệu quả", "mo ta hieu qua"),
    PROGRAMME("Chương trình (không bắt buộc)", "Chương trình", "chuong trinh");

    final String header;
    final String label;
    final String foldedStart;

    Column(String header, String label, String foldedStart) {
      this.header = header;
      this.label = label;
      this.foldedStart = foldedStart;
    }
  }

  static final String SHEET_NAME = "Sáng kiến";
  static final String HELP_SHEET_NAME = "Hướng dẫn";
  static final List<String> EXAMPLE =
      List.of(
          "Gá kẹp nhanh cho máy khoan",
          "Thay gá kẹp bằng bu lông bằng gá kẹp cam lệch tâm, thao tác một tay.",
          "Kỹ thuật, công nghệ",
          "CDCS-MAU",
          "Nguyễn Văn Mẫu; 60%\nTrần Thị Mẫu; 40%",
          "15/03/2024",
          "25000000",
          "Giảm thời gian gá đặt từ 3 phút xuống 40 giây",
          "");

  private static final int VALIDATED_ROWS = 5000;

  private InitiativeTemplate() {}

  static boolean isUntouchedExample(SheetRow row) {
    for (int i = 0; i < EXAMPLE.size(); i++) {
      if (!SearchText.fold(row.cell(i)).equals(SearchText.fold(EXAMPLE.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** Problems with the header row; the programme column may be left out. */
  static List<ImportProblem> checkHeader(SheetRow header) {
    List<ImportProblem> problems = new ArrayList<>();
    Column[] columns = Column.values();
    for (int i = 0; i < columns.length; i++) {
      String cell = SearchText.fold(header.cell(i));
      boolean optionalAndAbsent = columns[i] == Column.PROGRAMME && cell.isEmpty();
      if (!optionalAndAbsent && !cell.startsWith(columns[i].foldedStart)) {
        problems.add(
            ImportProblem.ofFile("import.badHeader", XlsxRows.columnLetter(i), columns[i].header));
      }
    }
    return problems;
  }

  /** Writes the template; {@code instructions} fill a second sheet, a line a row. */
  static void write(OutputStream out, List<String> instructions, List<String> fieldNames) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet(SHEET_NAME);
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      text.setWrapText(true);
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      Row head = sheet.createRow(0);
      for (Column column : Column.values()) {
        head.createCell(column.ordinal()).setCellValue(column.header);
        head.getCell(column.ordinal()).setCellStyle(header);
        // Dates, codes and amounts are typed as text so that Excel neither turns 01/03 into the
        // 3rd of January on an English system nor drops the leading zeros of a code.
        sheet.setDefaultColumnStyle(column.ordinal(), text);
      }
      Row example = sheet.createRow(1);
      for (int i = 0; i < EXAMPLE.size(); i++) {
        example.createCell(i).setCellValue(EXAMPLE.get(i));
        example.getCell(i).setCellStyle(text);
      }
      DataValidationHelper helper = sheet.getDataValidationHelper();
      DataValidation fields =
          helper.createValidation(
              helper.createExplicitListConstraint(fieldNames.toArray(String[]::new)),
              new CellRangeAddressList(
                  1, VALIDATED_ROWS, Column.FIELD.ordinal(), Column.FIELD.ordinal()));
      fields.setShowErrorBox(false);
      sheet.addValidationData(fields);
      int[] widths = {34, 48, 24, 20, 36, 18, 18, 36, 28};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      sheet.createFreezePane(0, 1);
      XSSFSheet help = workbook.createSheet(HELP_SHEET_NAME);
      for (int i = 0; i < instructions.size(); i++) {
        help.createRow(i).createCell(0).setCellValue(instructions.get(i));
      }
      help.setColumnWidth(0, 120 * 256);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the template", e);
    }
  }
}
