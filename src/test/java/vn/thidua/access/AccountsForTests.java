package vn.thidua.access;

import java.util.List;
import java.util.UUID;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;

/** Real accounts made through the facade, with unique usernames and a known password. */
final class AccountsForTests {

  static final String PASSWORD = "mật khẩu đủ dài 2026";

  private AccountsForTests() {}

  static String uniqueUsername(String stem) {
    return stem + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  static Account create(Accounts accounts, String stem, Role role, long unitId) {
    return create(accounts, stem, "Người dùng " + stem, List.of(new Grant(role, unitId)));
  }

  static Account create(Accounts accounts, String stem, String fullName, List<Grant> grants) {
    String username = uniqueUsername(stem);
    long id = accounts.createUser(new NewUser(username, fullName, null, PASSWORD, grants));
    return new Account(id, username);
  }

  record Account(long id, String username) {}
}
