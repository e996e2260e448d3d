package vn.thidua.honours;

import java.util.List;

/**
 * One parameter of a rule kind, as its form shows it.
 *
 * @param type what kind of value it takes
 * @param choices the allowed values of a {@link Type#CHOICE}
 */
public record RuleParam(
    String name, Type type, boolean required, long min, long max, List<String> choices) {

  public enum Type {
    WHOLE,
    HONOUR,
    LEVEL,
    FLAG,
    CHOICE
  }

  static RuleParam whole(String name, boolean required, long min, long max) {
    return new RuleParam(name, Type.WHOLE, required, min, max, List.of());
  }

  static RuleParam honour(String name, boolean required) {
    return new RuleParam(name, Type.HONOUR, required, 0, 0, List.of());
  }

  static RuleParam level(String name, boolean required) {
    return new RuleParam(
        name,
        Type.LEVEL,
        required,
        0,
        0,
        List.of("GRASSROOTS", "DISTRICT", "PROVINCE", "NATIONAL"));
  }

  static RuleParam flag(String name) {
    return new RuleParam(name, Type.FLAG, false, 0, 0, List.of());
  }

  static <E extends Enum<E>> RuleParam choice(String name, boolean required, Class<E> values) {
    List<String> names =
        java.util.Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
    return new RuleParam(name, Type.CHOICE, required, 0, 0, names);
  }
}
