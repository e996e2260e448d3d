package vn.thidua.people;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
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
import vn.thidua.shared.text.SearchText;

/**
 * The import template: its columns in order, the example row, and how a header row is recognised.
 * The headers are Vietnamese whatever the user's language, so that one file works for everyone.
 */
final class PeopleTemplate {

  /** The columns of the template, in order. */
  enum Column {
    FULL_NAME("Họ và tên", "ho va ten"),
    GENDER("Giới tính (Nam/Nữ)", "gioi tinh"),
    BIRTH_YEAR("Năm sinh", "nam sinh"),
    JOB_TITLE("Công việc", "cong viec"),
    MEMBER("Đoàn viên (Có/Không)", "doan vien"),
    DIRECT_WORKER("Lao động trực tiếp (Có/Không)", "lao dong truc tiep"),
    STARTED_ON("Ngày vào làm (dd/MM/yyyy)", "ngay vao lam"),
    UNIT_CODE("Mã đơn vị (không bắt buộc)", "ma don vi");

    final String header;

    /** A header cell matches when, folded, it starts with this. */
    final String foldedStart;

    Column(String header, String foldedStart) {
      this.header = header;
      this.foldedStart = foldedStart;
    }
  }

  static final String SHEET_NAME = "Danh sách";
  static final String HELP_SHEET_NAME = "Hướng dẫn";
  static final List<String> EXAMPLE =
      List.of("Nguyễn Văn Mẫu", "Nam", "1990", "Công nhân may", "Có", "Có", "01/03/2015", "");

  private static final int VALIDATED_ROWS = 5000;

  private PeopleTemplate() {}

  static boolean isUntouchedExample(SheetRow row) {
    for (int i = 0; i < EXAMPLE.size(); i++) {
      if (!SearchText.fold(row.cell(i)).equals(SearchText.fold(EXAMPLE.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** Problems with the header row; the unit code column may be left out. */
  static List<ImportProblem> checkHeader(SheetRow header) {
    List<ImportProblem> problems = new ArrayList<>();
    Column[] columns = Column.values();
    for (int i = 0; i < columns.length; i++) {
      String cell = SearchText.fold(header.cell(i));
      boolean optionalAndAbsent = columns[i] == Column.UNIT_CODE && cell.isEmpty();
      if (!optionalAndAbsent && !cell.startsWith(columns[i].foldedStart)) {
        problems.add(
            ImportProblem.ofFile("people.import.badHeader", columnLetter(i), columns[i].header));
      }
    }
    return problems;
  }

  static String columnLetter(int index) {
    return String.valueOf((char) ('A' + index));
  }

  /** Writes the template; {@code instructions} fill a second sheet, a line a row. */
  static void write(OutputStream out, List<String> instructions) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet(SHEET_NAME);
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      writeHeader(workbook, sheet);
      writeExample(workbook, sheet, text);
      // Dates and codes are typed as text so that Excel does not read 01/03 as the 3rd of January
      // on an English system, nor drop the leading zeros of a code.
      sheet.setDefaultColumnStyle(Column.STARTED_ON.ordinal(), text);
      sheet.setDefaultColumnStyle(Column.UNIT_CODE.ordinal(), text);
      addChoices(sheet, Column.GENDER, "Nam", "Nữ", "Khác");
      addChoices(sheet, Column.MEMBER, "Có", "Không");
      addChoices(sheet, Column.DIRECT_WORKER, "Có", "Không");
      int[] widths = {28, 20, 10, 28, 20, 27, 24, 26};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      sheet.createFreezePane(0, 1);
      writeInstructions(workbook, instructions);
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the template", e);
    }
  }

  private static void writeHeader(XSSFWorkbook workbook, XSSFSheet sheet) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    style.setWrapText(true);
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    Row row = sheet.createRow(0);
    for (Column column : Column.values()) {
      Cell cell = row.createCell(column.ordinal());
      cell.setCellValue(column.header);
      cell.setCellStyle(style);
    }
  }

  private static void writeExample(XSSFWorkbook workbook, XSSFSheet sheet, CellStyle text) {
    Font grey = workbook.createFont();
    grey.setItalic(true);
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    CellStyle example = workbook.createCellStyle();
    example.setFont(grey);
    CellStyle exampleText = workbook.createCellStyle();
    exampleText.cloneStyleFrom(text);
    exampleText.setFont(grey);
    Row row = sheet.createRow(1);
    for (int i = 0; i < EXAMPLE.size(); i++) {
      Cell cell = row.createCell(i);
      if (i == Column.BIRTH_YEAR.ordinal()) {
        cell.setCellValue(Integer.parseInt(EXAMPLE.get(i)));
        cell.setCellStyle(example);
      } else {
        cell.setCellValue(EXAMPLE.get(i));
        cell.setCellStyle(exampleText);
      }
    }
  }

  private static void addChoices(XSSFSheet sheet, Column column, String... choices) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(
            helper.createExplicitListConstraint(choices),
            new CellRangeAddressList(1, VALIDATED_ROWS, column.ordinal(), column.ordinal()));
    validation.setShowErrorBox(false);
    sheet.addValidationData(validation);
  }

  private static void writeInstructions(XSSFWorkbook workbook, List<String> instructions) {
    XSSFSheet sheet = workbook.createSheet(HELP_SHEET_NAME);
    for (int i = 0; i < instructions.size(); i++) {
      sheet.createRow(i).createCell(0).setCellValue(instructions.get(i));
    }
    sheet.setColumnWidth(0, 120 * 256);
  }
}
