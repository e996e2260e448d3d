package vn.thidua.attachment;

import java.text.Normalizer;

/**
 * Makes an uploaded file name safe to keep, show and offer back as a download name: only its last
 * path segment, composed Unicode (Vietnamese typed on a Mac arrives decomposed), no control
 * characters nor characters that Windows refuses in names, and not longer than a file system takes.
 * A name whose extension does not match the recognised type gets the right one added, so the file
 * opens with the right program after download.
 */
final class FileNames {

  static final int MAX_LENGTH = 200;
  private static final String FALLBACK = "tep";

  private FileNames() {}

  static String safe(String uploaded, FileType type) {
    String name = uploaded == null ? "" : uploaded.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "");
    name = name.replaceAll("[<>:\"|?*]", "_");
    name = name.replaceAll("\\s+", " ").strip();
    name = name.replaceAll("^[. ]+|[. ]+$", "");
    if (name.isEmpty()) {
      name = FALLBACK;
    }
    String extension = "." + type.extension();
    if (!type.namesMatch(name)) {
      name = name + extension;
    }
    if (name.length() > MAX_LENGTH) {
      int dot = name.lastIndexOf('.');
      String suffix = name.substring(dot);
      name = name.substring(0, MAX_LENGTH - suffix.length()).strip() + suffix;
    }
    return name;
  }
}
