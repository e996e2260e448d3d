package vn.thidua.people;

import java.util.List;
import vn.thidua.shared.web.DomainException;

/** A worker's record refused for one or more fields; the first problem is the headline. */
public class InvalidPerson extends DomainException {

  private final transient List<FieldProblem> problems;

  public InvalidPerson(List<FieldProblem> problems) {
    super(Kind.INVALID, problems.get(0).messageKey(), problems.get(0).args().toArray());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
