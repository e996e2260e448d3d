package vn.thidua.honours;

import java.util.List;

/** A rule read as a sentence: a message key and its arguments. */
public record RuleText(String messageKey, List<Object> args) {

  public RuleText {
    args = List.copyOf(args);
  }

  static RuleText of(String key, Object... args) {
    return new RuleText(key, List.of(args));
  }

  public Object[] argArray() {
    return args.toArray();
  }
}
