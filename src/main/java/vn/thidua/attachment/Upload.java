package vn.thidua.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** A file as a user sent it: the name and type the browser gave, and the content. */
public record Upload(String fileName, String declaredType, InputStream content) {

  public static Upload of(MultipartFile file) {
    try {
      return new Upload(file.getOriginalFilename(), file.getContentType(), file.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the uploaded file", e);
    }
  }

  /**
   * The files chosen in a file input. A browser sends an input left empty as one nameless, empty
   * part, which is not a file.
   */
  public static List<Upload> chosen(List<MultipartFile> files) {
    if (files == null) {
      return List.of();
    }
    return files.stream()
        .filter(file -> !(file.isEmpty() && isBlank(file.getOriginalFilename())))
        .map(Upload::of)
        .toList();
  }

  private static boolean isBlank(String name) {
    return name == null || name.isBlank();
  }
}
