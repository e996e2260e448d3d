package vn.thidua.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.shared.security.SystemUser;

/**
 * Loads the demo dataset once: on the first start of the embedded database ({@code
 * thidua.demo.load=auto}), or on any database ({@code always}, used by the tests). An advisory lock
 * keeps two instances starting together from loading it twice; all of it commits or none does.
 */
@Component
@Order(100)
class DemoLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
  private static final long LOCK = 0x7468696475614cL;

  private final String mode;
  private final Environment environment;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final DemoOrganisation organisation;
  private final DemoAccounts accounts;
  private final DemoPeople people;
  private final DemoMovement movement;
  private final DemoAgreement agreement;
  private final DemoInitiatives initiatives;
  private final DemoContest contest;
  private final DemoDecisions decisions;
  private final DemoHonours honours;
  private final DemoNominations nominations;
  private final DemoLogins logins;

  DemoLoader(
      @Value("${thidua.demo.load:auto}") String mode,
      Environment environment,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      DemoOrganisation organisation,
      DemoAccounts accounts,
      DemoPeople people,
      DemoMovement movement,
      DemoAgreement agreement,
      DemoInitiatives initiatives,
      DemoContest contest,
      DemoDecisions decisions,
      DemoHonours honours,
      DemoNominations nominations,
      DemoLogins logins) {
    this.mode = mode;
    this.environment = environment;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.organisation = organisation;
    this.accounts = accounts;
    this.people = people;
    this.movement = movement;
    this.agreement = agreement;
    this.initiatives = initiatives;
    this.contest = contest;
    this.decisions = decisions;
    this.honours = honours;
    this.nominations = nominations;
    this.logins = logins;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!wanted()) {
      return;
    }
    DemoAccounts.Created created = transaction.execute(status -> loadOnce());
    if (created != null) {
      log.info(
          "Demo dataset loaded: Hà Nội, Bắc Từ Liêm (248 grassroots unions), 2025 ward unions,"
              + " the industrial-zone union's 2023 movement and agreements, the 1 triệu sáng kiến"
              + " programme, a skills contest, the district's selection of good workers in 2020 and"
              + " its decisions");
      logins.announce(created);
    } else {
      logins.remind();
    }
  }

  private boolean wanted() {
    String url = environment.getProperty("spring.datasource.url");
    return switch (mode) {
      case "always" -> true;
      case "never" -> false;
      default -> url == null || url.isBlank();
    };
  }

  private DemoAccounts.Created loadOnce() {
    jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleRow();
    boolean present =
        jdbc.sql("select exists (select 1 from org_unit where code = 'HN')")
            .query(Boolean.class)
            .single();
    if (present) {
      return null;
    }
    long national =
        jdbc.sql("select id from org_unit where code = 'TLD'").query(Long.class).single();
    return SystemUser.call(
        national,
        () -> {
          DemoOrganisation.Units units = organisation.build(national);
          people.register(units);
          movement.build(units);
          agreement.load(units);
          DemoAccounts.Created created = accounts.create(units, this::unitName);
          initiatives.load(units, created);
          contest.load(units, created);
          honours.load(units);
          long round = nominations.load(units, created);
          decisions.load(units, created, round);
          return created;
        });
  }

  private String unitName(long unitId) {
    return jdbc.sql("select name from org_unit where id = :id")
        .param("id", unitId)
        .query(String.class)
        .single();
  }
}
