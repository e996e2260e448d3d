package vn.thidua.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.access.Accounts;
import vn.thidua.access.ApiTokens;
import vn.thidua.access.CreatedToken;
import vn.thidua.access.TokenView;

@RestController
@Tag(name = "Account", description = "The caller's own password and personal API tokens")
class AccountApi {

  private final Accounts accounts;
  private final ApiTokens tokens;

  AccountApi(Accounts accounts, ApiTokens tokens) {
    this.accounts = accounts;
    this.tokens = tokens;
  }

  record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
    @Override
    public String toString() {
      return "PasswordChange[…]";
    }
  }

  record TokenRequest(@NotNull String name, LocalDate expiresOn) {}

  @PostMapping("/api/account/password")
  @Operation(summary = "Change the caller's password; the current password is required")
  ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change) {
    accounts.changeOwnPassword(change.currentPassword(), change.newPassword());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/tokens")
  @Operation(summary = "The caller's personal API tokens, newest first (never their secrets)")
  List<TokenView> list() {
    return tokens.mine();
  }

  @PostMapping("/api/tokens")
  @Operation(
      summary = "Create a personal API token",
      description =
          "The response carries the secret (thd_…) once; only its hash is stored. expiresOn is"
              + " the last day (Vietnamese time) the token works; omit it for no expiry.")
  ResponseEntity<CreatedToken> create(@Valid @RequestBody TokenRequest request) {
    CreatedToken created = tokens.create(request.name(), request.expiresOn());
    return ResponseEntity.created(URI.create("/api/tokens/" + created.token().id())).body(created);
  }

  @DeleteMapping("/api/tokens/{tokenId}")
  @Operation(summary = "Revoke one of the caller's tokens; it stops working at once")
  ResponseEntity<Void> revoke(@PathVariable long tokenId) {
    tokens.revoke(tokenId);
    return ResponseEntity.noContent().build();
  }
}
