package vn.thidua.people;

import java.util.Arrays;
import java.util.List;

/**
 * Why one field of a worker's record is refused: a message key with its arguments, resolved in the
 * reader's language ("people.birthYear.range" reads "Năm sinh phải là số từ 1940 đến 2010").
 */
public record FieldProblem(String field, String messageKey, List<String> args) {

  public FieldProblem {
    args = List.copyOf(args);
  }

  static FieldProblem of(String field, String messageKey, Object... args) {
    return new FieldProblem(field, messageKey, Arrays.stream(args).map(String::valueOf).toList());
  }

  public Object[] argsArray() {
    return args.toArray();
  }
}
