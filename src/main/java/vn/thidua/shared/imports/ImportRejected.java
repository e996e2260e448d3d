package vn.thidua.shared.imports;

import java.util.List;

/** The file has bad rows (or cannot be read), so nothing of it was saved. */
public class ImportRejected extends RuntimeException {

  private final transient List<ImportProblem> problems;

  public ImportRejected(List<ImportProblem> problems) {
    super(problems.isEmpty() ? "rejected" : problems.get(0).key(), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public ImportRejected(ImportProblem problem) {
    this(List.of(problem));
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
