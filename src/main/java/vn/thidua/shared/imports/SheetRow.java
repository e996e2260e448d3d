package vn.thidua.shared.imports;

import java.util.List;

/** The text of one spreadsheet row, a cell per column ("" when empty), with its row number. */
public record SheetRow(int number, List<String> cells) {

  public SheetRow {
    cells = List.copyOf(cells);
  }

  public String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  public boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
