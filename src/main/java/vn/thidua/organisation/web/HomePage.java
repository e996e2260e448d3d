package vn.thidua.organisation.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.shared.security.CurrentUser;

/** The home page is the user's own unit. */
@Controller
class HomePage {

  @GetMapping("/")
  String home() {
    return CurrentUser.get()
        .flatMap(user -> user.grants().stream().findFirst())
        .map(grant -> "redirect:/units/" + grant.unitId())
        .orElse("redirect:/units");
  }
}
