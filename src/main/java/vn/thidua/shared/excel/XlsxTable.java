package vn.thidua.shared.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list written as one Excel sheet the same way everywhere: a bold title, optional lines under it
 * (the filter, the date of export), a bold header row that stays in view while scrolling, typed
 * cells (dates as real dates shown dd/MM/yyyy, numbers as numbers) and columns wide enough to read.
 * Rows are streamed through a small window, so a list of a hundred thousand rows needs little
 * memory.
 *
 * <pre>{@code
 * XlsxTable table = XlsxTable.titled("Danh sách người lao động")
 *     .subtitle("Xuất ngày 21/11/2026")
 *     .column("Họ và tên", XlsxTable.Type.TEXT)
 *     .column("Ngày vào làm", XlsxTable.Type.DATE);
 * try (XlsxTable.Writer writer = table.writeTo(out)) {
 *   writer.row("Nguyễn Văn An", LocalDate.of(2020, 3, 1));
 * }
 * }</pre>
 */
public final class XlsxTable {

  /** How the values of a column are stored and shown. */
  public enum Type {
    /** Any value, written as its text. */
    TEXT,
    /** A whole number with thousands separators. */
    INTEGER,
    /** A whole number without separators: years, codes. */
    YEAR,
    /** A number with up to two decimals. */
    DECIMAL,
    /** A {@link LocalDate} (or {@link LocalDateTime}) shown as dd/MM/yyyy. */
    DATE
  }

  public record Column(String header, Type type) {
    public Column {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(type, "type");
    }
  }

  private static final int WINDOW_ROWS = 200;
  private static final int MIN_WIDTH_CHARS = 6;
  private static final int MAX_WIDTH_CHARS = 60;
  private static final int DATE_WIDTH_CHARS = 10;

  private final String title;
  private final List<String> subtitles;
  private final List<Column> columns;

  private XlsxTable(String title, List<String> subtitles, List<Column> columns) {
    this.title = title;
    this.subtitles = List.copyOf(subtitles);
    this.columns = List.copyOf(columns);
  }

  public static XlsxTable titled(String title) {
    return new XlsxTable(Objects.requireNonNull(title, "title"), List.of(), List.of());
  }

  /** A line under the title, such as the filter the list was made with. */
  public XlsxTable subtitle(String line) {
    List<String> lines = new ArrayList<>(subtitles);
    lines.add(Objects.requireNonNull(line, "line"));
    return new XlsxTable(title, lines, columns);
  }

  public XlsxTable column(String header, Type type) {
    List<Column> more = new ArrayList<>(columns);
    more.add(new Column(header, type));
    return new XlsxTable(title, subtitles, more);
  }

  public List<Column> columns() {
    return columns;
  }

  /**
   * Starts the sheet. The workbook reaches {@code out} when the writer is closed; {@code out}
   * itself is left open.
   */
  public Writer writeTo(OutputStream out) {
    if (columns.isEmpty()) {
      throw new IllegalStateException("A table needs at least one column");
    }
    return new Writer(out, this);
  }

  /** Adds rows to the sheet (and to further sheets); closing it writes the workbook. */
  public static final class Writer implements AutoCloseable {

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private XlsxTable table;
    private SXSSFSheet sheet;
    private CellStyle[] styles;
    private int[] widths;
    private int headerRow;
    private int nextRow;
    private boolean closed;

    private Writer(OutputStream out, XlsxTable first) {
      this.out = Objects.requireNonNull(out, "out");
      this.workbook = new SXSSFWorkbook(WINDOW_ROWS);
      workbook.setCompressTempFiles(true);
      start(first);
    }

    /**
     * Ends the current sheet and starts another with the next table's title, lines and columns;
     * further rows go there.
     */
    public Writer sheet(XlsxTable next) {
      if (next.columns.isEmpty()) {
        throw new IllegalStateException("A table needs at least one column");
      }
      finishSheet();
      start(next);
      return this;
    }

    private void start(XlsxTable next) {
      this.table = next;
      this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(next.title));
      this.styles =
          next.columns.stream().map(column -> styleFor(column.type())).toArray(CellStyle[]::new);
      this.widths = new int[next.columns.size()];
      this.nextRow = 0;
      writeTitle();
      this.headerRow = nextRow;
      writeHeader();
    }

    /**
     * One row, a value per column in order; null leaves a cell empty. Numbers go in number columns,
     * {@link LocalDate}s in date columns; anything goes in a text column.
     */
    public Writer row(Object... values) {
      if (values.length > table.columns.size()) {
        throw new IllegalArgumentException(
            "Row has " + values.length + " values for " + table.columns.size() + " columns");
      }
      if (nextRow >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
        throw new IllegalStateException("A sheet holds at most 1,048,576 rows");
      }
      Row row = sheet.createRow(nextRow++);
      for (int i = 0; i < values.length; i++) {
        if (values[i] != null) {
          write(row.createCell(i), i, values[i]);
        }
      }
      return this;
    }

    /** How many data rows have been written to the current sheet. */
    public int rows() {
      return nextRow - headerRow - 1;
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        finishSheet();
        workbook.write(out);
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the workbook", e);
      } finally {
        workbook.dispose();
        try {
          workbook.close();
        } catch (IOException ignored) {
          // the temporary files are already gone; nothing else to release
        }
      }
    }

    private void finishSheet() {
      for (int i = 0; i < widths.length; i++) {
        int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widths[i] + 2));
        sheet.setColumnWidth(i, chars * 256);
      }
    }

    private void writeTitle() {
      Row titleRow = sheet.createRow(nextRow++);
      titleRow.setHeightInPoints(22);
      Cell cell = titleRow.createCell(0);
      cell.setCellValue(table.title);
      cell.setCellStyle(titleStyle());
      if (table.columns.size() > 1) {
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, table.columns.size() - 1));
      }
      CellStyle italic = subtitleStyle();
      for (String line : table.subtitles) {
        Cell lineCell = sheet.createRow(nextRow++).createCell(0);
        lineCell.setCellValue(line);
        lineCell.setCellStyle(italic);
      }
      nextRow++;
    }

    private void writeHeader() {
      Row row = sheet.createRow(nextRow++);
      CellStyle style = headerStyle();
      for (int i = 0; i < table.columns.size(); i++) {
        Cell cell = row.createCell(i);
        String header = table.columns.get(i).header();
        cell.setCellValue(header);
        cell.setCellStyle(style);
        widen(i, header.length());
      }
      sheet.createFreezePane(0, headerRow + 1);
      sheet.setAutoFilter(new CellRangeAddress(headerRow, headerRow, 0, table.columns.size() - 1));
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
      sheet.getPrintSetup().setLandscape(true);
    }

    private void write(Cell cell, int column, Object value) {
      Type type = table.columns.get(column).type();
      cell.setCellStyle(styles[column]);
      switch (type) {
        case TEXT -> {
          String text = String.valueOf(value);
          cell.setCellValue(text);
          widen(column, longestLine(text));
        }
        case INTEGER, YEAR, DECIMAL -> {
          if (!(value instanceof Number number)) {
            throw new IllegalArgumentException(
                "Column " + table.columns.get(column).header() + " takes numbers, not " + value);
          }
          double amount = number.doubleValue();
          cell.setCellValue(amount);
          widen(column, numberWidth(amount, type));
        }
        case DATE -> {
          if (value instanceof LocalDate date) {
            cell.setCellValue(date);
          } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
          } else {
            throw new IllegalArgumentException(
                "Column " + table.columns.get(column).header() + " takes dates, not " + value);
          }
          widen(column, DATE_WIDTH_CHARS);
        }
      }
    }

    // Widths come from the length of the text rather than from font metrics: measuring every cell
    // with AWT fonts is slow on long lists and needs fonts on the server.
    private void widen(int column, int chars) {
      widths[column] = Math.max(widths[column], chars);
    }

    private CellStyle styleFor(Type type) {
      CellStyle style = workbook.createCellStyle();
      style.setVerticalAlignment(VerticalAlignment.TOP);
      String format =
          switch (type) {
            case TEXT -> "@";
            case INTEGER -> "#,##0";
            case YEAR -> "0";
            case DECIMAL -> "#,##0.##";
            case DATE -> "dd/mm/yyyy";
          };
      style.setDataFormat(workbook.createDataFormat().getFormat(format));
      return style;
    }

    private CellStyle titleStyle() {
      Font font = workbook.createFont();
      font.setBold(true);
      font.setFontHeightInPoints((short) 14);
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      return style;
    }

    private CellStyle subtitleStyle() {
      Font font = workbook.createFont();
      font.setItalic(true);
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      return style;
    }

    private CellStyle headerStyle() {
      Font font = workbook.createFont();
      font.setBold(true);
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.CENTER);
      style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }

  private static int longestLine(String text) {
    int longest = 0;
    for (String line : text.split("\n", -1)) {
      longest = Math.max(longest, line.length());
    }
    return longest;
  }

  private static int numberWidth(double amount, Type type) {
    long whole = (long) Math.abs(amount);
    int digits = String.valueOf(whole).length();
    int separators = type == Type.YEAR ? 0 : (digits - 1) / 3;
    int decimals = type == Type.DECIMAL ? 3 : 0;
    return digits + separators + decimals + (amount < 0 ? 1 : 0);
  }
}
