package vn.thidua.shared.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.thidua.shared.time.Dates;

/**
 * Reads the first sheet of an uploaded workbook row by row with POI's streaming (SAX) reader, so a
 * large file needs little memory. Cells come back as the text a user sees, except that dates read
 * as dd/MM/yyyy and whole numbers without separators. Refusals are {@link ImportRejected} with the
 * reason in words a user can act on.
 */
public final class XlsxRows {

  private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  /** The header row and the data rows after it; blank rows are left out. */
  public record Rows(SheetRow header, List<SheetRow> data) {}

  private XlsxRows() {}

  /** Refuses anything but an .xlsx workbook, with a message that says what was sent instead. */
  public static void requireXlsx(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new ImportRejected(ImportProblem.ofFile("import.emptyFile"));
    }
    if (startsWith(content, OLE2_MAGIC)) {
      throw new ImportRejected(ImportProblem.ofFile("import.oldExcel"));
    }
    boolean xlsxName = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    if (!xlsxName || !startsWith(content, ZIP_MAGIC)) {
      throw new ImportRejected(ImportProblem.ofFile("import.notXlsx"));
    }
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      new XSSFReader(pkg).getWorkbookData().close();
      pkg.revert();
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      throw new ImportRejected(ImportProblem.ofFile("import.notXlsx"));
    }
  }

  /**
   * The first {@code columns} columns of the first sheet's rows. The first row that is not blank is
   * the header. More than {@code maxRows} data rows are refused.
   */
  public static Rows read(byte[] content, int columns, int maxRows) {
    RowCollector collector = new RowCollector(columns, maxRows);
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new ImportRejected(ImportProblem.ofFile("import.noRows"));
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(), strings, collector, new PlainFormatter(), false));
        parser.parse(new InputSource(sheet));
      }
      pkg.revert();
    } catch (TooManyRows e) {
      throw new ImportRejected(ImportProblem.ofFile("import.tooManyRows", maxRows));
    } catch (ImportRejected e) {
      throw e;
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      throw new ImportRejected(ImportProblem.ofFile("import.notXlsx"));
    }
    if (collector.header == null) {
      throw new ImportRejected(ImportProblem.ofFile("import.noRows"));
    }
    return new Rows(collector.header, collector.data);
  }

  /** The column's letter as Excel shows it (A, B, …), for messages about the header. */
  public static String columnLetter(int index) {
    return String.valueOf((char) ('A' + index));
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length
        && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
  }

  private static final class TooManyRows extends RuntimeException {
    TooManyRows() {
      super(null, null, false, false);
    }
  }

  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final int columns;
    private final int maxRows;
    private final List<SheetRow> data = new ArrayList<>();
    private SheetRow header;
    private String[] cells;

    RowCollector(int columns, int maxRows) {
      this.columns = columns;
      this.maxRows = maxRows;
    }

    @Override
    public void startRow(int rowNum) {
      cells = new String[columns];
      Arrays.fill(cells, "");
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      if (reference == null || formattedValue == null) {
        return;
      }
      int column = new CellReference(reference).getCol();
      if (column < cells.length) {
        cells[column] = formattedValue.strip();
      }
    }

    @Override
    public void endRow(int rowNum) {
      SheetRow row = new SheetRow(rowNum + 1, Arrays.asList(cells));
      if (row.isBlank()) {
        return;
      }
      if (header == null) {
        header = row;
        return;
      }
      if (data.size() >= maxRows) {
        throw new TooManyRows();
      }
      data.add(row);
    }
  }

  /** Dates as dd/MM/yyyy and whole numbers as plain digits, whatever the cell's display format. */
  private static final class PlainFormatter extends DataFormatter {

    PlainFormatter() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return Dates.format(DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate());
      }
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
  }
}
