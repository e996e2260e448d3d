package vn.thidua.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.DomainException;

class AppUserTests {

  static AppUser aUser(Grant... grants) {
    return new AppUser(
        " Le.Thi.C ", "  Lê Thị C ", "c@congdoan.vn", "{bcrypt}$2a$10$secret", List.of(grants));
  }

  @Test
  void keepsTheNameFoldedForSearch() {
    AppUser user = aUser(new Grant(Role.VIEWER, 7));
    assertThat(user.username()).isEqualTo("le.thi.c");
    assertThat(user.fullName()).isEqualTo("Lê Thị C");
    assertThat(user.enabled()).isTrue();
  }

  @Test
  void needsAtLeastOneGrant() {
    assertThatThrownBy(AppUserTests::aUser)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("user.grants.empty"));
  }

  @Test
  void holdsEachGrantOnce() {
    AppUser user = aUser(new Grant(Role.VIEWER, 7));
    user.grant(
        List.of(new Grant(Role.ADMIN, 3), new Grant(Role.ADMIN, 3), new Grant(Role.VIEWER, 9)));
    assertThat(user.grants()).containsExactly(new Grant(Role.ADMIN, 3), new Grant(Role.VIEWER, 9));
    assertThat(user.homeUnitId()).isEqualTo(3L);
  }

  @Test
  void recordsTheAuditSnapshotWithoutThePasswordHash() {
    AppUser user = aUser(new Grant(Role.OFFICER, 7));
    String json = JsonMapper.builder().build().writeValueAsString(user.snapshot());
    assertThat(json)
        .contains("\"username\":\"le.thi.c\"", "OFFICER")
        .doesNotContain("bcrypt", "secret");
  }
}
