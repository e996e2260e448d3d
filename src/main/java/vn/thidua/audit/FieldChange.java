package vn.thidua.audit;

/**
 * One field that differs between the record before and after a change. Nested fields are named with
 * dots ({@code address.street}); a value that was absent or null is null.
 */
public record FieldChange(String field, String before, String after) {}
