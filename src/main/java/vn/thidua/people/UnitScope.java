package vn.thidua.people;

import java.util.List;

/**
 * Which units a list covers, as path prefixes of org_unit: a person belongs when their unit's path
 * starts with one of them. Each prefix is one range scan on the path index.
 */
record UnitScope(List<String> pathPrefixes) {

  UnitScope {
    pathPrefixes = List.copyOf(pathPrefixes);
  }

  static UnitScope subtree(String path) {
    return new UnitScope(List.of(path));
  }

  boolean isEmpty() {
    return pathPrefixes.isEmpty();
  }
}
