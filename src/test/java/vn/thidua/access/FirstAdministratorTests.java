package vn.thidua.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;

/**
 * The shared test database already has users, so these tests stand in a world where "no user
 * exists" means "the chosen administrator username does not exist yet".
 */
@IntegrationTest
class FirstAdministratorTests {

  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Fixtures fixtures;
  @Autowired MockMvcTester mvc;
  @Autowired FirstAdministrator realOne;

  final ByteArrayOutputStream console = new ByteArrayOutputStream();

  @Test
  void createsAnAdministratorOfTheRootUnitWithARandomPasswordPrintedOnce() {
    String username = AccountsForTests.uniqueUsername("first");
    Optional<String> password = firstAdministrator(username).createIfNobodyCanSignIn();

    assertThat(password).isPresent();
    assertThat(password.get()).hasSize(16);
    long id = idOf(username);
    UserView admin = accounts.find(id).orElseThrow();
    assertThat(admin.fullName()).isEqualTo("Quản trị hệ thống");
    assertThat(admin.grants()).containsExactly(new Grant(Role.ADMIN, fixtures.nationalUnitId()));
    assertThat(mvc.get().uri("/api/users").with(httpBasic(username, password.get()))).hasStatusOk();
    String printed = console.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains(username, password.get(), "FIRST ADMINISTRATOR");
    assertThat(printed.split(password.get(), -1)).hasSize(2);
  }

  @Test
  void doesNothingWhenUsersExist() {
    String username = AccountsForTests.uniqueUsername("second");
    FirstAdministrator once = firstAdministrator(username);
    once.createIfNobodyCanSignIn();
    console.reset();

    assertThat(once.createIfNobodyCanSignIn()).isEmpty();
    assertThat(console.size()).isZero();
    assertThat(realOne.createIfNobodyCanSignIn()).isEmpty();
  }

  @Test
  void createsOneAdministratorWhenTwoInstancesStartTogether() throws Exception {
    String username = AccountsForTests.uniqueUsername("race");
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Optional<String>>> instances =
        List.of(
            CompletableFuture.supplyAsync(() -> startWhen(start, username)),
            CompletableFuture.supplyAsync(() -> startWhen(start, username)));
    start.countDown();

    List<Optional<String>> passwords = instances.stream().map(CompletableFuture::join).toList();
    assertThat(passwords).filteredOn(Optional::isPresent).hasSize(1);
    assertThat(idOf(username)).isPositive();
  }

  private Optional<String> startWhen(CountDownLatch start, String username) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return firstAdministrator(username).createIfNobodyCanSignIn();
  }

  private FirstAdministrator firstAdministrator(String username) {
    return new FirstAdministrator(
        new WorldWithout(username, accounts, jdbc),
        jdbc,
        transactions,
        username,
        new PrintStream(console, true, StandardCharsets.UTF_8));
  }

  private long idOf(String username) {
    return jdbc.sql("select id from app_user where username = :u")
        .param("u", username)
        .query(Long.class)
        .single();
  }

  /** The accounts as they would look if the given username were the only possible user. */
  record WorldWithout(String username, Accounts accounts, JdbcClient jdbc) implements Accounts {

    @Override
    public boolean anyUserExists() {
      return jdbc.sql("select exists (select 1 from app_user where username = :u)")
          .param("u", username)
          .query(Boolean.class)
          .single();
    }

    @Override
    public long createUser(NewUser user) {
      return accounts.createUser(user);
    }

    @Override
    public Optional<UserView> find(long id) {
      return accounts.find(id);
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword) {
      accounts.changeOwnPassword(currentPassword, newPassword);
    }
  }
}
