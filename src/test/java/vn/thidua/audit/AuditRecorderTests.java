package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class AuditRecorderTests {

  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  private ChangeAnnouncer announce;
  private String entityType;

  record Snapshot(String name, LocalDate foundedOn, int members) {}

  record Entry(
      String actor,
      String action,
      String entityId,
      Long unitId,
      String unitPath,
      String before,
      String after) {}

  @BeforeEach
  void setUp() {
    announce = new ChangeAnnouncer(events, transactions);
    entityType = "Probe" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void recordsWhoChangedWhatInWhichUnit() {
    long province = fixtures.province("Tỉnh ghi nhật ký");
    long grassroots = fixtures.grassroots(province, "CĐCS ghi nhật ký");
    SignedInUser officer = Users.user(Role.OFFICER, province);

    announce.as(
        officer,
        EntityChanged.updated(
            entityType,
            7,
            grassroots,
            new Snapshot("Cũ", LocalDate.of(2020, 1, 2), 40),
            new Snapshot("Mới", LocalDate.of(2020, 1, 2), 42)));

    Entry entry = onlyEntry();
    assertThat(entry.actor()).isEqualTo(officer.username());
    assertThat(entry.action()).isEqualTo("UPDATE");
    assertThat(entry.entityId()).isEqualTo("7");
    assertThat(entry.unitId()).isEqualTo(grassroots);
    assertThat(entry.unitPath()).endsWith("/" + province + "/" + grassroots + "/");
    assertThat(entry.before()).contains("\"name\": \"Cũ\"", "\"foundedOn\": \"2020-01-02\"");
    assertThat(entry.after()).contains("\"members\": 42");
  }

  @Test
  void namesTheSystemWhenNoOneIsSignedIn() {
    announce.bySystem(EntityChanged.created(entityType, "job-1", null, Map.of("state", "DONE")));

    Entry entry = onlyEntry();
    assertThat(entry.actor()).isEqualTo("system");
    assertThat(entry.unitId()).isNull();
    assertThat(entry.unitPath()).isNull();
    assertThat(entry.before()).isNull();
  }

  @Test
  void rollsBackTheEntryWithAFailedChange() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);

    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      events.publishEvent(
                          EntityChanged.deleted(entityType, 1, null, Map.of("name", "A")));
                      throw new IllegalStateException("the change fails after announcing itself");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(entriesOfThisTest()).isZero();
  }

  @Test
  void refusesToChangeOrRemoveEntriesAtTheDatabase() {
    announce.bySystem(EntityChanged.created(entityType, 1, null, Map.of("name", "A")));

    assertRefused("update audit_event set actor = 'someone-else' where entity_type = :type");
    assertRefused("delete from audit_event where entity_type = :type");
    assertRefused("truncate audit_event");
    assertThat(onlyEntry().actor()).isEqualTo("system");
  }

  /** Tried in a transaction that is rolled back anyway, so that a missing guard loses nothing. */
  private void assertRefused(String sql) {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      status.setRollbackOnly();
                      var statement = jdbc.sql(sql);
                      if (sql.contains(":type")) {
                        statement = statement.param("type", entityType);
                      }
                      statement.update();
                    }))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
  }

  private Entry onlyEntry() {
    return jdbc.sql(
            """
            select actor, action, entity_id, unit_id, unit_path, before::text as before,
                   after::text as after
            from audit_event where entity_type = :type
            """)
        .param("type", entityType)
        .query(Entry.class)
        .single();
  }

  private long entriesOfThisTest() {
    return jdbc.sql("select count(*) from audit_event where entity_type = :type")
        .param("type", entityType)
        .query(Long.class)
        .single();
  }
}
