package vn.thidua.attachment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file the store accepts, each with the type it is served as. */
enum FileType {
  PDF("application/pdf", "pdf", false),
  JPEG("image/jpeg", "jpg", true),
  PNG("image/png", "png", true),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false),
  DOC("application/msword", "doc", false),
  XLS("application/vnd.ms-excel", "xls", false);

  private final String contentType;
  private final String extension;
  private final boolean image;

  FileType(String contentType, String extension, boolean image) {
    this.contentType = contentType;
    this.extension = extension;
    this.image = image;
  }

  String contentType() {
    return contentType;
  }

  String extension() {
    return extension;
  }

  boolean image() {
    return image;
  }

  /** Whether a file name already ends as files of this type do (.jpeg counts for JPEG). */
  boolean namesMatch(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith("." + extension) || (this == JPEG && lower.endsWith(".jpeg"));
  }

  static Optional<FileType> fromContentType(String contentType) {
    return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
  }
}
