package vn.thidua.access;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;

/**
 * On the first start, when nobody can sign in yet, creates the administrator of the whole hierarchy
 * with a random password and prints that password once on the console. There is no default password
 * anywhere. Runs first among the start-up runners (before the demo dataset adds its users), and
 * under a database lock, so that instances starting together create one administrator between them.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

  static final String USERNAME = "admin";
  static final String FULL_NAME = "Quản trị hệ thống";

  /** Key of the transaction-scoped advisory lock: "TDADMIN1" read as a number. */
  static final long LOCK_KEY = 0x5444_4144_4d49_4e31L;

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final Accounts accounts;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final String username;
  private final PrintStream console;

  @Autowired
  FirstAdministrator(Accounts accounts, JdbcClient jdbc, TransactionTemplate transactions) {
    this(accounts, jdbc, transactions, USERNAME, System.out);
  }

  FirstAdministrator(
      Accounts accounts,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      String username,
      PrintStream console) {
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.username = username;
    this.console = console;
  }

  @Override
  public void run(ApplicationArguments args) {
    createIfNobodyCanSignIn();
  }

  /** The password of the administrator just created, or empty when users already exist. */
  Optional<String> createIfNobodyCanSignIn() {
    Optional<String> password =
        transactions.execute(
            status -> {
              jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) locked")
                  .param("key", LOCK_KEY)
                  .query(Integer.class)
                  .single();
              if (accounts.anyUserExists()) {
                return Optional.<String>empty();
              }
              String generated = PasswordGenerator.generate();
              accounts.createUser(
                  new NewUser(
                      username,
                      FULL_NAME,
                      null,
                      generated,
                      List.of(new Grant(Role.ADMIN, rootUnit()))));
              return Optional.of(generated);
            });
    password.ifPresent(
        secret -> {
          log.warn("Created the first administrator '{}'; the password is printed once", username);
          console.print(banner(username, secret));
          console.flush();
        });
    return password;
  }

  private long rootUnit() {
    return jdbc.sql("select id from org_unit where code = 'TLD'")
        .query(Long.class)
        .optional()
        .orElseThrow(
            () -> new IllegalStateException("The root unit (code TLD) is missing from org_unit"));
  }

  static String banner(String username, String password) {
    String rule = "=".repeat(72);
    return String.join(
        System.lineSeparator(),
        "",
        rule,
        "  TÀI KHOẢN QUẢN TRỊ ĐẦU TIÊN ĐÃ ĐƯỢC TẠO – hãy đăng nhập và đổi mật khẩu ngay.",
        "  FIRST ADMINISTRATOR CREATED – sign in and change the password now.",
        "",
        "    Tên đăng nhập / username : " + username,
        "    Mật khẩu / password      : " + password,
        "",
        "  Mật khẩu này chỉ hiển thị một lần. / This password is shown only once.",
        rule,
        "",
        "");
  }
}
