package vn.thidua.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.access.CreatedUser;
import vn.thidua.access.GrantView;
import vn.thidua.access.ManagedUser;
import vn.thidua.access.NewUser;
import vn.thidua.access.UserAdministration;
import vn.thidua.access.UserEdit;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;

/**
 * User administration pages. Generated passwords are rendered in the response to the request that
 * made them, never put in the session through a redirect.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminPages {

  private final UserAdministration admin;

  UserAdminPages(UserAdministration admin) {
    this.admin = admin;
  }

  @ModelAttribute("roles")
  Role[] roles() {
    return Role.values();
  }

  @ModelAttribute("zone")
  ZoneId zone() {
    return Dates.VIETNAM;
  }

  @GetMapping
  String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("users", admin.search(q, page));
    return htmx != null ? "access/users :: table" : "access/users";
  }

  /** The unit choices for a grant, as {@code <option>}s for the unit search of the forms. */
  @GetMapping("/units")
  String unitOptions(@RequestParam(defaultValue = "") String unitQuery, Model model) {
    model.addAttribute("units", admin.grantableUnits(unitQuery));
    return "access/unit-options :: options";
  }

  @GetMapping("/new")
  String newUser(Model model) {
    model.addAttribute("form", new NewUserForm("", "", "", "", Role.VIEWER, null));
    model.addAttribute("units", admin.grantableUnits(""));
    return "access/user-new";
  }

  @PostMapping
  String create(NewUserForm form, Model model, HttpServletResponse response) {
    try {
      CreatedUser created =
          admin.create(
              new NewUser(
                  form.username(),
                  form.fullName(),
                  form.email(),
                  form.password(),
                  form.unitId() == null || form.role() == null
                      ? List.of()
                      : List.of(new Grant(form.role(), form.unitId()))));
      model.addAttribute("justCreated", true);
      model.addAttribute("generatedPassword", created.generatedPassword());
      return edit(created.user(), model);
    } catch (DomainException refused) {
      Refusals.show(refused, model, response);
      model.addAttribute("form", form.withoutPassword());
      model.addAttribute("units", admin.grantableUnits(""));
      return "access/user-new";
    }
  }

  @GetMapping("/{userId}")
  String show(@PathVariable long userId, Model model) {
    return edit(admin.get(userId), model);
  }

  @PostMapping("/{userId}")
  String update(
      @PathVariable long userId,
      @RequestParam(defaultValue = "") String fullName,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "false") boolean enabled,
      @RequestParam int version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      admin.update(userId, new UserEdit(fullName, email, enabled, version));
    } catch (DomainException refused) {
      return refusedEdit(userId, refused, model, response);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/admin/users/" + userId;
  }

  @PostMapping("/{userId}/grants")
  String changeGrants(
      @PathVariable long userId,
      GrantChange change,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    // Refuses a user out of scope before reading the rest of the request.
    ManagedUser user = admin.get(userId);
    try {
      List<Grant> grants = change.applyTo(user.grants());
      admin.setGrants(userId, change.version(), grants);
    } catch (DomainException refused) {
      return refusedEdit(userId, refused, model, response);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/admin/users/" + userId;
  }

  @PostMapping("/{userId}/password")
  String resetPassword(
      @PathVariable long userId,
      @RequestParam(defaultValue = "") String password,
      Model model,
      HttpServletResponse response) {
    try {
      admin
          .resetPassword(userId, password)
          .ifPresent(generated -> model.addAttribute("generatedPassword", generated));
      model.addAttribute("passwordReset", true);
    } catch (DomainException refused) {
      return refusedEdit(userId, refused, model, response);
    }
    return edit(admin.get(userId), model);
  }

  private String refusedEdit(
      long id, DomainException refused, Model model, HttpServletResponse response) {
    Refusals.show(refused, model, response);
    return edit(admin.get(id), model);
  }

  private String edit(ManagedUser user, Model model) {
    model.addAttribute("user", user);
    if (!model.containsAttribute("units")) {
      model.addAttribute("units", admin.grantableUnits(""));
    }
    return "access/user-edit";
  }

  /** Adding or removing one grant, from the edit page. */
  record GrantChange(String action, Role role, Long unitId, Integer version) {

    List<Grant> applyTo(List<GrantView> current) {
      if (role == null || unitId == null || version == null) {
        throw DomainException.invalid("user.grants.incomplete");
      }
      Grant changed = new Grant(role, unitId);
      List<Grant> grants = new ArrayList<>(current.stream().map(GrantView::grant).toList());
      if ("remove".equals(action)) {
        grants.remove(changed);
      } else if (!grants.contains(changed)) {
        grants.add(changed);
      }
      return grants;
    }
  }

  /** What the new-user form sends; the unit is chosen by id from the unit search. */
  record NewUserForm(
      String username, String fullName, String email, String password, Role role, Long unitId) {

    NewUserForm withoutPassword() {
      return new NewUserForm(username, fullName, email, "", role, unitId);
    }

    @Override
    public String toString() {
      return "NewUserForm[username=" + username + "]";
    }
  }
}
