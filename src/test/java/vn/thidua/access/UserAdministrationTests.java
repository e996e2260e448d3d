package vn.thidua.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
@RecordApplicationEvents
class UserAdministrationTests {

  @Autowired MockMvcTester mvc;
  @Autowired Accounts accounts;
  @Autowired UserAdministration administration;
  @Autowired Fixtures fixtures;
  @Autowired ApplicationEvents events;

  long provinceA;
  long grassrootsA;
  long provinceB;
  AccountsForTests.Account inA;
  AccountsForTests.Account inB;

  @BeforeEach
  void createTwoProvinces() {
    provinceA = fixtures.province("Tỉnh A");
    grassrootsA = fixtures.grassroots(provinceA, "CĐCS A");
    provinceB = fixtures.province("Tỉnh B");
    inA =
        AccountsForTests.create(
            accounts, "in-a", "Nguyễn Thị Hường", List.of(new Grant(Role.OFFICER, grassrootsA)));
    inB =
        AccountsForTests.create(
            accounts, "in-b", "Trần Văn Bình", List.of(new Grant(Role.OFFICER, provinceB)));
  }

  @Test
  void listsOnlyTheUsersWhoseGrantsLieInTheAdministratorsSubtree() {
    assertThat(mvc.get().uri("/api/users").with(Users.as(Role.ADMIN, provinceA)))
        .hasStatusOk()
        .bodyText()
        .contains(inA.username())
        .doesNotContain(inB.username());
  }

  @Test
  void findsUsersByNameWithoutDiacritics() {
    assertThat(mvc.get().uri("/api/users?q=nguyen thi huong").with(Users.as(Role.ADMIN, provinceA)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.items[*].username")
        .asArray()
        .containsExactly(inA.username());
  }

  @Test
  void hidesAUserOfAnotherProvince() {
    assertThat(mvc.get().uri("/api/users/{id}", inB.id()).with(Users.as(Role.ADMIN, provinceA)))
        .hasStatus(HttpStatus.NOT_FOUND)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(
            mvc.put()
                .uri("/api/users/{id}", inB.id())
                .with(Users.as(Role.ADMIN, provinceA))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"Đổi tên\",\"enabled\":false,\"version\":0}"))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(accounts.find(inB.id()).orElseThrow().enabled()).isTrue();
  }

  @Test
  void hidesAUserWithOneGrantOutsideTheSubtree() {
    var both =
        AccountsForTests.create(
            accounts,
            "both",
            "Hai tỉnh",
            List.of(new Grant(Role.VIEWER, provinceA), new Grant(Role.VIEWER, provinceB)));
    assertThat(mvc.get().uri("/api/users/{id}", both.id()).with(Users.as(Role.ADMIN, provinceA)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.get()
                .uri("/api/users/{id}", both.id())
                .with(Users.as(Role.ADMIN, fixtures.nationalUnitId())))
        .hasStatusOk();
  }

  @Test
  void refusesToGrantARoleOutsideTheSubtree() {
    assertThat(
            createThroughApi(
                provinceA,
                "{\"username\":\"%s\",\"fullName\":\"Người mới\",\"grants\":[{\"role\":\"ADMIN\",\"unitId\":%d}]}"
                    .formatted(AccountsForTests.uniqueUsername("outside"), provinceB)))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.put()
                .uri("/api/users/{id}/grants", inA.id())
                .with(Users.as(Role.ADMIN, provinceA))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"version\":0,\"grants\":[{\"role\":\"OFFICER\",\"unitId\":%d}]}"
                        .formatted(provinceB)))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void refusesUserAdministrationToNonAdministrators() {
    SignedInUser officer = Users.user(Role.OFFICER, provinceA);
    Users.runAs(
        officer,
        () ->
            assertThatThrownBy(() -> administration.search("", 0))
                .isInstanceOfSatisfying(
                    DomainException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("user.adminOnly")));
  }

  @Test
  void createsAUserWithAGeneratedPasswordShownOnce() {
    String username = AccountsForTests.uniqueUsername("created");
    MvcTestResult created =
        createThroughApi(
            provinceA,
            "{\"username\":\"%s\",\"fullName\":\"Lê Văn Mới\",\"email\":\"moi@congdoan.vn\",\"grants\":[{\"role\":\"VIEWER\",\"unitId\":%d}]}"
                .formatted(username.toUpperCase(), grassrootsA));
    assertThat(created).hasStatus(HttpStatus.CREATED);
    String body = new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    String password = JsonPath.read(body, "$.generatedPassword");
    assertThat((String) JsonPath.read(body, "$.user.username")).isEqualTo(username);
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(username, password))).hasStatusOk();
    assertThat(events.stream(EntityChanged.class))
        .anySatisfy(
            event -> {
              assertThat(event.action()).isEqualTo("CREATE");
              assertThat(event.entityType()).isEqualTo("AppUser");
              assertThat(String.valueOf(event.after())).contains(username).doesNotContain("bcrypt");
            });
  }

  @Test
  void refusesATakenUsername() {
    assertThat(
            createThroughApi(
                provinceA,
                "{\"username\":\"%s\",\"fullName\":\"Trùng\",\"password\":\"đủ mười ký tự rồi\",\"grants\":[{\"role\":\"VIEWER\",\"unitId\":%d}]}"
                    .formatted(inA.username(), grassrootsA)))
        .hasStatus(HttpStatus.CONFLICT);
  }

  @Test
  void editsAUserAndRecordsTheChangeWithoutThePassword() {
    ManagedUser before = asAdminOfA(() -> administration.get(inA.id()));
    ManagedUser after =
        asAdminOfA(
            () ->
                administration.update(
                    inA.id(),
                    new UserEdit(
                        "Nguyễn Thị Hường Mới", "huong@congdoan.vn", false, before.version())));
    assertThat(after.fullName()).isEqualTo("Nguyễn Thị Hường Mới");
    assertThat(after.enabled()).isFalse();
    assertThat(after.version()).isEqualTo(before.version() + 1);
    assertThat(events.stream(EntityChanged.class))
        .anySatisfy(
            event -> {
              assertThat(event.action()).isEqualTo("UPDATE");
              assertThat(event.entityId()).isEqualTo(String.valueOf(inA.id()));
              assertThat(String.valueOf(event.before())).contains("Nguyễn Thị Hường,");
              assertThat(String.valueOf(event.after()))
                  .contains("Hường Mới")
                  .doesNotContain("{bcrypt}");
            });
  }

  @Test
  void refusesAnEditOfAnOutdatedVersion() {
    ManagedUser seen = asAdminOfA(() -> administration.get(inA.id()));
    asAdminOfA(
        () -> administration.update(inA.id(), new UserEdit("Lần một", null, true, seen.version())));
    assertThat(
            mvc.put()
                .uri("/api/users/{id}", inA.id())
                .with(Users.as(Role.ADMIN, provinceA))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"fullName\":\"Lần hai\",\"enabled\":true,\"version\":%d}"
                        .formatted(seen.version())))
        .hasStatus(HttpStatus.CONFLICT);
    assertThatThrownBy(
            () ->
                asAdminOfA(
                    () ->
                        administration.setGrants(
                            inA.id(), seen.version(), List.of(new Grant(Role.VIEWER, provinceA)))))
        .isInstanceOf(OptimisticLockingFailureException.class);
  }

  @Test
  void replacesTheGrantsOfAUser() {
    ManagedUser seen = asAdminOfA(() -> administration.get(inA.id()));
    ManagedUser changed =
        asAdminOfA(
            () ->
                administration.setGrants(
                    inA.id(),
                    seen.version(),
                    List.of(
                        new Grant(Role.ADMIN, grassrootsA), new Grant(Role.VIEWER, provinceA))));
    assertThat(changed.grants())
        .extracting(GrantView::grant)
        .containsExactlyInAnyOrder(
            new Grant(Role.ADMIN, grassrootsA), new Grant(Role.VIEWER, provinceA));
    assertThat(changed.version()).isGreaterThan(seen.version());
    assertThat(accounts.find(inA.id()).orElseThrow().grants()).hasSize(2);
  }

  @Test
  void refusesToTakeEveryGrantAway() {
    ManagedUser seen = asAdminOfA(() -> administration.get(inA.id()));
    assertThatThrownBy(
            () -> asAdminOfA(() -> administration.setGrants(inA.id(), seen.version(), List.of())))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("user.grants.empty"));
  }

  @Test
  void resetsAPasswordAndLiftsTheLock() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      mvc.get().uri("/api/tokens").with(httpBasic(inA.username(), "sai " + i)).exchange();
    }
    assertThat(asAdminOfA(() -> administration.get(inA.id())).lockedUntil()).isNotNull();
    String generated = asAdminOfA(() -> administration.resetPassword(inA.id(), "")).orElseThrow();
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(inA.username(), generated)))
        .hasStatusOk();
    assertThat(events.stream(EntityChanged.class))
        .anySatisfy(event -> assertThat(event.action()).isEqualTo("PASSWORD_RESET"));
  }

  @Test
  void doesNotLetAnAdministratorDisableThemself() {
    var admin =
        AccountsForTests.create(
            accounts, "self", "Tự quản", List.of(new Grant(Role.ADMIN, provinceA)));
    SignedInUser me =
        new SignedInUser(
            admin.id(), admin.username(), "Tự quản", List.of(new Grant(Role.ADMIN, provinceA)));
    Users.runAs(
        me,
        () -> {
          ManagedUser seen = administration.get(admin.id());
          assertThatThrownBy(
                  () ->
                      administration.update(
                          admin.id(), new UserEdit("Tự quản", null, false, seen.version())))
              .isInstanceOfSatisfying(
                  DomainException.class,
                  e -> assertThat(e.messageKey()).isEqualTo("user.cannotDisableSelf"));
        });
  }

  @Test
  void offersOnlyUnitsOfTheSubtreeForGrants() {
    List<UnitOption> units = asAdminOfA(() -> administration.grantableUnits("cdcs a"));
    assertThat(units).extracting(UnitOption::id).containsExactly(grassrootsA);
    assertThat(asAdminOfA(() -> administration.grantableUnits("")))
        .extracting(UnitOption::id)
        .contains(provinceA, grassrootsA)
        .doesNotContain(provinceB);
  }

  private MvcTestResult createThroughApi(long adminUnit, String json) {
    return mvc.post()
        .uri("/api/users")
        .with(Users.as(Role.ADMIN, adminUnit))
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .exchange();
  }

  private <T> T asAdminOfA(java.util.function.Supplier<T> work) {
    var result = new java.util.concurrent.atomic.AtomicReference<T>();
    Users.runAs(Users.user(Role.ADMIN, provinceA), () -> result.set(work.get()));
    return result.get();
  }
}
