package vn.thidua.report.web;

/**
 * Message texts in one language: the reader's for pages and workbooks, Vietnamese for documents.
 */
@FunctionalInterface
interface Wording {

  String get(String key, Object... args);
}
