package vn.thidua.people;

import java.util.List;
import vn.thidua.shared.imports.ImportRejected;
import vn.thidua.shared.imports.XlsxRows;

/**
 * The uploaded workbook of people, read by the shared streaming reader ({@link XlsxRows}) and
 * handed over as the people module's own rows and problems.
 */
final class PeopleWorkbook {

  /** The header row and the data rows after it; blank rows are left out. */
  record Rows(SheetRow header, List<SheetRow> data) {}

  private PeopleWorkbook() {}

  /** Refuses anything but an .xlsx workbook, with a message that says what was sent instead. */
  static void requireXlsx(String fileName, byte[] content) {
    try {
      XlsxRows.requireXlsx(fileName, content);
    } catch (ImportRejected e) {
      throw unreadable(e);
    }
  }

  /**
   * The rows of the first sheet, a cell per template column. The first row that is not blank is the
   * header. More than {@code maxRows} data rows are refused.
   */
  static Rows read(byte[] content, int maxRows) {
    try {
      XlsxRows.Rows rows = XlsxRows.read(content, PeopleTemplate.Column.values().length, maxRows);
      return new Rows(row(rows.header()), rows.data().stream().map(PeopleWorkbook::row).toList());
    } catch (ImportRejected e) {
      throw unreadable(e);
    }
  }

  private static SheetRow row(vn.thidua.shared.imports.SheetRow row) {
    return new SheetRow(row.number(), row.cells());
  }

  private static UnreadableWorkbook unreadable(ImportRejected refusal) {
    var problem = refusal.problems().get(0);
    return new UnreadableWorkbook(
        new ImportProblem(problem.row(), problem.key(), problem.args()), refusal);
  }
}
