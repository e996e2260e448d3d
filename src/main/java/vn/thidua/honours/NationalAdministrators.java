package vn.thidua.honours;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Role;

/** The catalogue is the same for every unit, so only an administrator at the top may change it. */
@Component
class NationalAdministrators {

  private final JdbcClient jdbc;

  NationalAdministrators(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean includeSignedInUser() {
    long root =
        jdbc.sql("select id from org_unit where parent_id is null order by id limit 1")
            .query(Long.class)
            .single();
    return CurrentUser.get()
        .map(
            user ->
                user.grants().stream()
                    .anyMatch(grant -> grant.role() == Role.ADMIN && grant.unitId() == root))
        .orElse(false);
  }
}
