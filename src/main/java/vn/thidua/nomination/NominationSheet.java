package vn.thidua.nomination;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.shared.web.DomainException;

/**
 * Reads the rows of a nominations workbook: the first sheet, a header row, then one nomination a
 * row in the columns person number, honour code, grade and achievement report.
 */
final class NominationSheet {

  static final int MAX_ROWS = 2_000;

  /** One row as typed; {@code personId} or {@code grade} are null when the cell is not a number. */
  record Line(int row, Long personId, String honourCode, Integer grade, String achievements) {}

  private NominationSheet() {}

  static List<Line> read(InputStream in) {
    try (Workbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<Line> lines = new ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() == 0 || blank(row, formatter)) {
          continue;
        }
        if (lines.size() >= MAX_ROWS) {
          throw DomainException.invalid("nomination.import.tooLong", MAX_ROWS);
        }
        lines.add(
            new Line(
                row.getRowNum() + 1,
                number(row.getCell(0), formatter),
                text(row.getCell(1), formatter),
                integer(row.getCell(2), formatter),
                text(row.getCell(3), formatter)));
      }
      if (lines.isEmpty()) {
        throw DomainException.invalid("nomination.import.empty");
      }
      return lines;
    } catch (IOException | RuntimeException e) {
      if (e instanceof DomainException domain) {
        throw domain;
      }
      throw DomainException.invalid("nomination.import.unreadable");
    }
  }

  private static boolean blank(Row row, DataFormatter formatter) {
    for (int i = 0; i < 4; i++) {
      if (!text(row.getCell(i), formatter).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    return cell == null ? "" : formatter.formatCellValue(cell).strip();
  }

  private static Long number(Cell cell, DataFormatter formatter) {
    if (cell != null && cell.getCellType() == CellType.NUMERIC) {
      return (long) cell.getNumericCellValue();
    }
    try {
      return Long.valueOf(text(cell, formatter));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer integer(Cell cell, DataFormatter formatter) {
    Long value = number(cell, formatter);
    return value == null ? null : value.intValue();
  }
}
