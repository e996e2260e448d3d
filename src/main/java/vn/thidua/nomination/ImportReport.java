package vn.thidua.nomination;

import java.util.List;

/**
 * What an .xlsx import of nominations did: every row drafted ({@code done}), or none, with the
 * problem of each refused row (rows counted as in the spreadsheet, the header being row 1).
 */
public record ImportReport(boolean done, int drafted, List<RowProblem> problems) {

  public record RowProblem(int row, String message) {}
}
