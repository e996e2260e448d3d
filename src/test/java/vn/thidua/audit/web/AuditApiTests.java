package vn.thidua.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.audit.AuditTrail;
import vn.thidua.audit.ChangeAnnouncer;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class AuditApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  private AuditScenario scenario;

  @BeforeEach
  void recordChanges() {
    scenario = AuditScenario.recordedWith(fixtures, new ChangeAnnouncer(events, transactions));
  }

  private MockMvcTester.MockMvcRequestBuilder search() {
    return mvc.get().uri("/api/audit").param("entityType", scenario.entityType());
  }

  @Test
  void showsAnOfficerOnlyTheEntriesOfTheirSubtree() {
    assertThat(search().with(Users.as(scenario.officer())))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.items[*].entityId")
        .asArray()
        .containsExactly("in-grassroots");
  }

  @Test
  void showsTheRootAdministratorEverythingNewestFirst() {
    assertThat(search().with(Users.as(Role.ADMIN, fixtures.nationalUnitId())))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.items[*].entityId")
        .asArray()
        .containsExactly("without-unit", "in-other-province", "in-grassroots");
  }

  @Test
  void hidesEntriesWithoutAUnitFromAProvincialAdministrator() {
    assertThat(search().with(Users.as(Role.ADMIN, scenario.province())))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.items[*].entityId")
        .asArray()
        .containsExactly("in-grassroots");
  }

  @Test
  void showsAViewerOfTheGrassrootsUnionItsOwnEntries() {
    assertThat(search().with(Users.as(Role.VIEWER, scenario.grassroots())))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.items[*].entityId")
        .asArray()
        .containsExactly("in-grassroots");
  }

  @Test
  void filtersByUnitWithItsSubtree() {
    assertThat(
            search()
                .param("unitId", String.valueOf(scenario.province()))
                .with(Users.as(Role.ADMIN, fixtures.nationalUnitId())))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.items[*].entityId")
        .asArray()
        .containsExactly("in-grassroots");
  }

  @Test
  void refusesToFilterByAUnitTheUserMayNotSee() {
    assertThat(
            search()
                .param("unitId", String.valueOf(scenario.otherProvince()))
                .with(Users.as(scenario.officer())))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void filtersByUserAndRecord() {
    var nationalAdmin = Users.as(Role.ADMIN, fixtures.nationalUnitId());

    assertThat(search().param("actor", scenario.otherOfficer().username()).with(nationalAdmin))
        .bodyJson()
        .extractingPath("$.items[*].entityId")
        .asArray()
        .containsExactly("in-other-province");
    assertThat(search().param("actor", "SYSTEM").with(nationalAdmin))
        .bodyJson()
        .extractingPath("$.items[*].entityId")
        .asArray()
        .containsExactly("without-unit");
    assertThat(search().param("entityId", "in-grassroots").with(nationalAdmin))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(1);
  }

  @Test
  void filtersByDaysInVietnam() {
    var nationalAdmin = Users.as(Role.ADMIN, fixtures.nationalUnitId());
    LocalDate today = LocalDate.now(AuditTrail.ZONE);

    assertThat(
            search()
                .param("from", today.toString())
                .param("to", today.toString())
                .with(nationalAdmin))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(3);
    assertThat(search().param("to", today.minusDays(1).toString()).with(nationalAdmin))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(0);
    assertThat(search().param("from", today.plusDays(1).toString()).with(nationalAdmin))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(0);
  }

  @Test
  void pagesThroughTheEntries() {
    assertThat(
            search()
                .param("size", "1")
                .param("page", "1")
                .with(Users.as(Role.ADMIN, fixtures.nationalUnitId())))
        .bodyJson()
        .satisfies(
            json -> {
              json.assertThat()
                  .extractingPath("$.items[0].entityId")
                  .isEqualTo("in-other-province");
              json.assertThat().extractingPath("$.total").isEqualTo(3);
              json.assertThat().extractingPath("$.size").isEqualTo(1);
            });
  }

  @Test
  void keepsPageSizesWithinBounds() {
    var officer = Users.as(scenario.officer());

    assertThat(search().param("size", "0").with(officer))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.size")
        .isEqualTo(1);
    assertThat(search().param("size", "5000").param("page", "-3").with(officer))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            json -> {
              json.assertThat().extractingPath("$.size").isEqualTo(200);
              json.assertThat().extractingPath("$.page").isEqualTo(0);
            });
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStartsOrCannotBeRead() {
    var officer = Users.as(scenario.officer());

    assertThat(search().param("from", "2025-02-01").param("to", "2025-01-31").with(officer))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("Từ ngày");
    assertThat(search().param("from", "yesterday").with(officer)).hasStatus(HttpStatus.BAD_REQUEST);
  }

  @Test
  void givesOneEntryWithItsChangesSideBySide() {
    long id = entryId("in-grassroots");

    assertThat(mvc.get().uri("/api/audit/{id}", id).with(Users.as(scenario.officer())))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            json -> {
              json.assertThat().extractingPath("$.action").isEqualTo("UPDATE");
              json.assertThat().extractingPath("$.actor").isEqualTo(scenario.officer().username());
              json.assertThat()
                  .extractingPath("$.unitId")
                  .asNumber()
                  .isEqualTo((int) scenario.grassroots());
              json.assertThat().extractingPath("$.changes[0].field").isEqualTo("name");
              json.assertThat().extractingPath("$.changes[0].before").isEqualTo("Tên cũ");
              json.assertThat().extractingPath("$.changes[0].after").isEqualTo("Tên mới");
              json.assertThat().extractingPath("$.unchangedFields").isEqualTo(1);
              json.assertThat().extractingPath("$.before.members").isEqualTo(40);
              json.assertThat().extractingPath("$.occurredAt").asString().endsWith("+07:00");
            });
  }

  @Test
  void hidesAnEntryOutsideTheUsersUnits() {
    long id = entryId("in-other-province");

    assertThat(mvc.get().uri("/api/audit/{id}", id).with(Users.as(scenario.officer())))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void offersNoWayToChangeOrRemoveAnEntry() {
    long id = entryId("in-grassroots");
    var rootAdmin = Users.as(Role.ADMIN, fixtures.nationalUnitId());

    assertThat(mvc.delete().uri("/api/audit/{id}", id).with(rootAdmin))
        .hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(
            mvc.put()
                .uri("/api/audit/{id}", id)
                .contentType("application/json")
                .content("{\"actor\":\"someone-else\"}")
                .with(rootAdmin))
        .hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(
            mvc.post()
                .uri("/api/audit")
                .contentType("application/json")
                .content("{}")
                .with(rootAdmin))
        .hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(
            jdbc.sql("select actor from audit_event where id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo(scenario.officer().username());
  }

  @Test
  void documentsTheReadOnlyApi() {
    assertThat(mvc.get().uri("/v3/api-docs"))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            json -> {
              json.assertThat().hasPath("$.paths['/api/audit'].get");
              json.assertThat().hasPath("$.paths['/api/audit/{entryId}'].get");
              json.assertThat().doesNotHavePath("$.paths['/api/audit/{entryId}'].delete");
            });
  }

  @Test
  void refusesAnonymousReaders() {
    assertThat(mvc.get().uri("/api/audit")).hasStatus(HttpStatus.UNAUTHORIZED);
  }

  private long entryId(String entityId) {
    return jdbc.sql("select id from audit_event where entity_type = :type and entity_id = :id")
        .param("type", scenario.entityType())
        .param("id", entityId)
        .query(Long.class)
        .single();
  }
}
