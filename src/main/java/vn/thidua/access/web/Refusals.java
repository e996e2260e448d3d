package vn.thidua.access.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import vn.thidua.shared.web.DomainException;

/**
 * A refused form shown again with the reason above it and the status the refusal means. A refusal
 * of access is not a form error: it is thrown on, to answer 403 or 404.
 */
final class Refusals {

  private Refusals() {}

  static void show(DomainException refused, Model model, HttpServletResponse response) {
    if (refused.refusesAccess()) {
      throw refused;
    }
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
