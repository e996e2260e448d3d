package vn.thidua.honours;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.thidua.shared.web.DomainException;

/** A rule row's parameters, checked against its kind's list and read with their types. */
final class RuleParams {

  private final Map<String, Object> values;

  private RuleParams(Map<String, Object> values) {
    this.values = values;
  }

  /** Keeps the kind's parameters, checked; refuses a missing, out-of-range or unknown value. */
  static RuleParams of(RuleKind kind, Map<String, ?> raw) {
    Map<String, Object> checked = new LinkedHashMap<>();
    Map<String, ?> given = raw == null ? Map.of() : raw;
    for (RuleParam param : kind.params()) {
      Object value = given.get(param.name());
      if (value == null || (value instanceof String s && s.isBlank())) {
        if (param.required()) {
          throw DomainException.invalid("honours.rule.param.missing", label(param));
        }
        continue;
      }
      checked.put(param.name(), convert(param, value));
    }
    return new RuleParams(checked);
  }

  private static Object convert(RuleParam param, Object value) {
    switch (param.type()) {
      case WHOLE -> {
        long number;
        try {
          number =
              value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().strip());
        } catch (NumberFormatException e) {
          throw DomainException.invalid("honours.rule.param.notWhole", label(param));
        }
        if (number < param.min() || number > param.max()) {
          throw DomainException.invalid(
              "honours.rule.param.range", label(param), param.min(), param.max());
        }
        return number;
      }
      case FLAG -> {
        return value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
      }
      case HONOUR -> {
        return value.toString().strip();
      }
      default -> {
        String text = value.toString().strip();
        if (!param.choices().contains(text)) {
          throw DomainException.invalid("honours.rule.param.choice", label(param));
        }
        return text;
      }
    }
  }

  /** The parameter's name in the reader's language. */
  static MessageSourceResolvable label(RuleParam param) {
    return new DefaultMessageSourceResolvable(
        new String[] {"honours.rule.param." + param.name()}, param.name());
  }

  Map<String, Object> values() {
    return Map.copyOf(values);
  }

  Integer whole(String name) {
    Object value = values.get(name);
    return value == null ? null : ((Long) value).intValue();
  }

  Long longValue(String name) {
    return (Long) values.get(name);
  }

  String text(String name) {
    return (String) values.get(name);
  }

  boolean flag(String name) {
    return Boolean.TRUE.equals(values.get(name));
  }
}
