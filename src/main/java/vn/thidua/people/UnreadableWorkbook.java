package vn.thidua.people;

/** The uploaded file cannot be read as the template's workbook; the problem says why. */
class UnreadableWorkbook extends RuntimeException {

  private final transient ImportProblem problem;

  UnreadableWorkbook(ImportProblem problem, Throwable cause) {
    super(problem.key(), cause);
    this.problem = problem;
  }

  ImportProblem problem() {
    return problem;
  }
}
