package vn.thidua.shared.imports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/**
 * The upload step of every import page: start the job and follow it on its own page, or stay on the
 * form with the refusal — a file that cannot be read (422) or an import already running for the
 * unit (409) — so that the officer sees why without losing the page.
 */
public final class ImportUploads {

  /** Starts a module's import of the uploaded file and returns the job's id. */
  @FunctionalInterface
  public interface Starter {
    UUID start(String fileName, byte[] content);
  }

  private ImportUploads() {}

  /**
   * Redirects to {@code jobPath} followed by the job's id, or renders {@code form} with the refusal
   * in the model attribute {@code uploadError}; any other refusal goes to the error page.
   */
  public static String start(
      MultipartFile file,
      Starter starter,
      String jobPath,
      Texts texts,
      Model model,
      HttpServletResponse response,
      Supplier<String> form)
      throws IOException {
    try {
      byte[] content = file == null ? new byte[0] : file.getBytes();
      UUID id = starter.start(file == null ? "" : file.getOriginalFilename(), content);
      return "redirect:" + jobPath + id;
    } catch (DomainException e) {
      if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
        throw e;
      }
      model.addAttribute("uploadError", texts.of(e));
      response.setStatus(
          e.kind() == DomainException.Kind.INVALID
              ? HttpStatus.UNPROCESSABLE_CONTENT.value()
              : HttpStatus.CONFLICT.value());
      return form.get();
    }
  }
}
