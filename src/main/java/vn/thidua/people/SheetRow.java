package vn.thidua.people;

import java.util.List;

/** The text of one spreadsheet row, a cell per template column ("" when empty). */
record SheetRow(int number, List<String> cells) {

  SheetRow {
    cells = List.copyOf(cells);
  }

  String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
