package vn.thidua.access;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;

/** Loads a user with their grants, for every way of signing in. */
@Service
class AccountDetailsService implements UserDetailsService {

  private static final String USER_SQL =
      "select id, username, full_name, password_hash, enabled from app_user where ";

  private final JdbcClient jdbc;

  AccountDetailsService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return principal(
            jdbc.sql(USER_SQL + "username = :username")
                .param("username", AccountRules.normalise(username))
                .query(Row.class)
                .optional())
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  /** The principal for a user identified otherwise than by password (an API token). */
  Optional<AccountPrincipal> loadById(long userId) {
    return principal(
        jdbc.sql(USER_SQL + "id = :id").param("id", userId).query(Row.class).optional());
  }

  List<Grant> grantsOf(long userId) {
    return jdbc.sql("select role, unit_id from user_grant where user_id = :id order by id")
        .param("id", userId)
        .query((rs, n) -> new Grant(Role.valueOf(rs.getString("role")), rs.getLong("unit_id")))
        .list();
  }

  private Optional<AccountPrincipal> principal(Optional<Row> found) {
    return found.map(
        row ->
            new AccountPrincipal(
                new SignedInUser(row.id(), row.username(), row.fullName(), grantsOf(row.id())),
                row.passwordHash(),
                row.enabled()));
  }

  private record Row(
      long id, String username, String fullName, String passwordHash, boolean enabled) {}
}
