package vn.thidua.access.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import vn.thidua.shared.web.DomainException;

/** A refused form shown again with the reason above it and the status the refusal means. */
final class Refusals {

  private Refusals() {}

  static void show(DomainException refused, Model model, HttpServletResponse response) {
    model.addAttribute("refusal", refused);
    response.setStatus(status(refused).value());
  }

  static HttpStatus status(DomainException refused) {
    return switch (refused.kind()) {
      case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
    };
  }
}
