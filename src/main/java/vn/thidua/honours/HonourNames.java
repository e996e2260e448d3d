package vn.thidua.honours;

/** The name of an honour at a grade (any grade when null), for rule sentences. */
@FunctionalInterface
interface HonourNames {
  String of(String code, Integer grade);
}
