package vn.thidua.shared.imports;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with an imported file: a spreadsheet row (0 for the file as a whole), the header
 * of the column at fault (null when the whole row is), and a message key with its arguments, put
 * into words in the reader's language when shown.
 */
public record ImportProblem(int row, String column, String key, List<String> args) {

  public ImportProblem {
    args = List.copyOf(args);
  }

  public static ImportProblem ofFile(String key, Object... args) {
    return new ImportProblem(0, null, key, texts(args));
  }

  public static ImportProblem ofRow(int row, String key, Object... args) {
    return new ImportProblem(row, null, key, texts(args));
  }

  public static ImportProblem ofCell(int row, String column, String key, Object... args) {
    return new ImportProblem(row, column, key, texts(args));
  }

  private static List<String> texts(Object... args) {
    return Arrays.stream(args).map(String::valueOf).toList();
  }
}
