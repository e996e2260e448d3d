package vn.thidua.decision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriUtils;
import vn.thidua.decision.Verification;
import vn.thidua.decision.Verifications;
import vn.thidua.shared.web.DomainException;

/**
 * The public check of a certificate: anyone who scans its QR code or types its short code sees
 * whether the award is genuine and still stands. No sign-in.
 */
@Controller
@Tag(name = "Verification", description = "Public check of a certificate by its short code")
class VerificationPages {

  private final Verifications verifications;

  VerificationPages(Verifications verifications) {
    this.verifications = verifications;
  }

  @GetMapping("/verify")
  String form(@RequestParam(required = false) String code) {
    if (code != null && !code.isBlank()) {
      return "redirect:/verify/" + UriUtils.encodePathSegment(code.strip(), "UTF-8");
    }
    return "decision/verify";
  }

  @GetMapping("/verify/{code}")
  String verify(@PathVariable String code, Model model, HttpServletResponse response) {
    model.addAttribute("code", code);
    verifications
        .verify(code)
        .ifPresentOrElse(
            found -> model.addAttribute("verification", found),
            () -> response.setStatus(HttpStatus.NOT_FOUND.value()));
    return "decision/verify";
  }

  @GetMapping("/api/verify/{code}")
  @ResponseBody
  @Operation(
      summary =
          "Whether a certificate's code stands for an award that is genuine and not revoked"
              + " (public)")
  Verification verifyApi(@PathVariable String code) {
    return verifications
        .verify(code)
        .orElseThrow(() -> DomainException.notFound("verify.notFound", code));
  }
}
