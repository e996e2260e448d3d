package vn.thidua.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The fields that differ between two JSON states of a record, for showing them side by side. Nested
 * objects are compared field by field; an array is compared as a whole, because a list's items
 * shifting by one place would otherwise read as every item changed.
 */
record ChangeDiff(List<FieldChange> changes, int unchangedFields) {

  /** The name given to a state that is not an object (a bare number or text). */
  static final String WHOLE_VALUE = "$";

  static ChangeDiff between(JsonNode before, JsonNode after) {
    Map<String, String> old = flatten(before);
    Map<String, String> current = flatten(after);
    Set<String> fields = new LinkedHashSet<>(old.keySet());
    fields.addAll(current.keySet());
    List<FieldChange> changes = new ArrayList<>();
    int unchanged = 0;
    for (String field : fields) {
      String was = old.get(field);
      String is = current.get(field);
      if (Objects.equals(was, is)) {
        unchanged++;
      } else {
        changes.add(new FieldChange(field, was, is));
      }
    }
    return new ChangeDiff(List.copyOf(changes), unchanged);
  }

  private static Map<String, String> flatten(JsonNode state) {
    Map<String, String> leaves = new LinkedHashMap<>();
    if (state == null || state.isNull() || state.isMissingNode()) {
      return leaves;
    }
    if (state.isObject()) {
      collect("", state, leaves);
    } else {
      leaves.put(WHOLE_VALUE, render(state));
    }
    return leaves;
  }

  private static void collect(String prefix, JsonNode object, Map<String, String> leaves) {
    if (object.isEmpty() && !prefix.isEmpty()) {
      leaves.put(prefix.substring(0, prefix.length() - 1), "{}");
      return;
    }
    for (Map.Entry<String, JsonNode> property : object.properties()) {
      String name = prefix + property.getKey();
      JsonNode value = property.getValue();
      if (value.isObject()) {
        collect(name + ".", value, leaves);
      } else {
        leaves.put(name, render(value));
      }
    }
  }

  private static String render(JsonNode value) {
    if (value.isNull() || value.isMissingNode()) {
      return null;
    }
    return value.isString() ? value.stringValue() : value.toString();
  }
}
