package vn.thidua.shared.imports;

/** A file a background job built, to download. */
public record BuiltFile(String name, String contentType, byte[] content) {}
