package vn.thidua.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.access.CreatedUser;
import vn.thidua.access.ManagedUser;
import vn.thidua.access.NewUser;
import vn.thidua.access.UnitOption;
import vn.thidua.access.UserAdministration;
import vn.thidua.access.UserEdit;
import vn.thidua.access.UserRow;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.web.Paged;

@RestController
@RequestMapping("/api/users")
@Tag(
    name = "Users",
    description =
        "User administration for holders of an ADMIN grant, limited to the users whose grants all"
            + " lie in the administrator's subtree")
class UserApi {

  private final UserAdministration admin;

  UserApi(UserAdministration admin) {
    this.admin = admin;
  }

  record UserRequest(
      @NotNull String username,
      @NotNull String fullName,
      String email,
      String password,
      @NotNull List<Grant> grants) {
    @Override
    public String toString() {
      return "UserRequest[username=" + username + "]";
    }
  }

  record UserUpdate(
      @NotNull String fullName, String email, @NotNull Boolean enabled, @NotNull Integer version) {}

  record GrantsUpdate(@NotNull List<Grant> grants, @NotNull Integer version) {}

  record PasswordReset(String password) {
    @Override
    public String toString() {
      return "PasswordReset[…]";
    }
  }

  @GetMapping
  @Operation(summary = "Search users by full name or username (diacritics optional); pages from 0")
  Paged<UserRow> search(
      @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
    return admin.search(q, page);
  }

  @GetMapping("/{userId}")
  @Operation(summary = "One user, with the version to send back when changing them")
  ManagedUser get(@PathVariable long userId) {
    return admin.get(userId);
  }

  @PostMapping
  @Operation(
      summary = "Create a user",
      description =
          "Omit the password to have one generated: it is returned once as generatedPassword.")
  ResponseEntity<CreatedUser> create(@Valid @RequestBody UserRequest request) {
    CreatedUser created =
        admin.create(
            new NewUser(
                request.username(),
                request.fullName(),
                request.email(),
                request.password(),
                request.grants()));
    return ResponseEntity.created(URI.create("/api/users/" + created.user().id())).body(created);
  }

  @PutMapping("/{userId}")
  @Operation(summary = "Change a user's full name, e-mail and whether they may sign in")
  ManagedUser update(@PathVariable long userId, @Valid @RequestBody UserUpdate update) {
    return admin.update(
        userId,
        new UserEdit(update.fullName(), update.email(), update.enabled(), update.version()));
  }

  @PutMapping("/{userId}/grants")
  @Operation(summary = "Replace every grant (role and unit) of a user")
  ManagedUser setGrants(@PathVariable long userId, @Valid @RequestBody GrantsUpdate update) {
    return admin.setGrants(userId, update.version(), update.grants());
  }

  @PostMapping("/{userId}/password")
  @Operation(
      summary = "Reset a user's password and lift any sign-in lock",
      description =
          "Omit the password to have one generated: it is returned once as generatedPassword;"
              + " a given password is not echoed (204).")
  ResponseEntity<Map<String, String>> resetPassword(
      @PathVariable long userId, @RequestBody(required = false) PasswordReset reset) {
    return admin
        .resetPassword(userId, reset == null ? null : reset.password())
        .map(generated -> ResponseEntity.ok(Map.of("generatedPassword", generated)))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @GetMapping("/units")
  @Operation(
      summary = "Units in the administrator's subtree whose name contains q, to grant roles in")
  List<UnitOption> units(@RequestParam(defaultValue = "") String q) {
    return admin.grantableUnits(q);
  }
}
