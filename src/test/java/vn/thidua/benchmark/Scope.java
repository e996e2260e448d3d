package vn.thidua.benchmark;

/**
 * A unit whose subtree is measured, by its materialised path.
 *
 * @param national whether it is the national root, whose people list asks for "every unit the user
 *     may see" rather than one unit
 */
record Scope(String name, String path, boolean national) {

  long unitId() {
    String[] ids = path.split("/");
    return Long.parseLong(ids[ids.length - 1]);
  }
}
