package vn.thidua.people;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with an imported file: a spreadsheet row number (0 for the file as a whole) and a
 * message key with its arguments, turned into text in the reader's language when shown.
 */
record ImportProblem(int row, String key, List<String> args) {

  ImportProblem {
    args = List.copyOf(args);
  }

  static ImportProblem ofFile(String key, Object... args) {
    return new ImportProblem(0, key, Arrays.stream(args).map(String::valueOf).toList());
  }

  static ImportProblem ofRow(int row, FieldProblem problem) {
    return new ImportProblem(row, problem.messageKey(), problem.args());
  }
}
