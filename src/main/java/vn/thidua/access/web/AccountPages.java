package vn.thidua.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.access.Accounts;
import vn.thidua.access.ApiTokens;
import vn.thidua.access.CreatedToken;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;

/** The signed-in user's own account: their password and their API tokens. */
@Controller
@RequestMapping("/account")
class AccountPages {

  private final Accounts accounts;
  private final ApiTokens tokens;

  AccountPages(Accounts accounts, ApiTokens tokens) {
    this.accounts = accounts;
    this.tokens = tokens;
  }

  @ModelAttribute("zone")
  ZoneId zone() {
    return Dates.VIETNAM;
  }

  @GetMapping("/password")
  String passwordForm() {
    return "access/password";
  }

  @PostMapping("/password")
  String changePassword(
      @RequestParam(defaultValue = "") String currentPassword,
      @RequestParam(defaultValue = "") String newPassword,
      @RequestParam(defaultValue = "") String confirmPassword,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      if (!newPassword.equals(confirmPassword)) {
        throw DomainException.invalid("account.password.mismatch");
      }
      accounts.changeOwnPassword(currentPassword, newPassword);
    } catch (DomainException refused) {
      Refusals.show(refused, model, response);
      return "access/password";
    }
    redirect.addFlashAttribute("changed", true);
    return "redirect:/account/password";
  }

  @GetMapping("/tokens")
  String tokens(Model model) {
    model.addAttribute("tokens", tokens.mine());
    model.addAttribute("today", LocalDate.now(Dates.VIETNAM));
    model.addAttribute("now", Instant.now());
    return "access/tokens";
  }

  /** Shows the new token on the page itself, never through a redirect that would store it. */
  @PostMapping("/tokens")
  String createToken(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) LocalDate expiresOn,
      Model model,
      HttpServletResponse response) {
    try {
      CreatedToken created = tokens.create(name, expiresOn);
      model.addAttribute("created", created);
    } catch (DomainException refused) {
      Refusals.show(refused, model, response);
      model.addAttribute("name", name);
      model.addAttribute("expiresOn", expiresOn);
    }
    return tokens(model);
  }

  @PostMapping("/tokens/{tokenId}/revoke")
  String revokeToken(@PathVariable long tokenId, RedirectAttributes redirect) {
    tokens.revoke(tokenId);
    redirect.addFlashAttribute("revoked", true);
    return "redirect:/account/tokens";
  }
}
