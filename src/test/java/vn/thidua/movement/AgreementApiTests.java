package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.time.Dates;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.PdfText;
import vn.thidua.testing.Users;

@IntegrationTest
class AgreementApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired RecordedChanges changes;

  MovementWorld.Units units;
  String title;

  @BeforeEach
  void world() {
    units = world.units();
    title = "Giao ước khối doanh nghiệp " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void draftsOpensAndTheMembersSignOnceWhileTheCountsFollow() {
    long id = draftForTheEnterprises();
    assertThat(get(id, units.district()))
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.status").isEqualTo("DRAFT");
              body.assertThat().extractingPath("$.members").asArray().isEmpty();
            });

    assertThat(step(id, "open", "{\"version\": 0}"))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.status").isEqualTo("OPEN");
              body.assertThat().extractingPath("$.members").asArray().hasSize(2);
            });
    assertThat(notified(id)).containsExactlyInAnyOrder(units.factoryA(), units.factoryB());

    assertThat(sign(id, units.factoryA(), units.factoryA(), "{\"note\": \"Cam kết thực hiện\"}"))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.signedCount").asNumber().isEqualTo(1);
              body.assertThat().extractingPath("$.unsignedCount").asNumber().isEqualTo(1);
            });
    AgreementView view = read(id);
    AgreementView.Member signed =
        view.members().stream().filter(AgreementView.Member::signed).findFirst().orElseThrow();
    assertThat(signed.unitId()).isEqualTo(units.factoryA());
    assertThat(signed.signatory()).isEqualTo("Người kiểm thử");
    assertThat(signed.signedBy()).isEqualTo("test-officer-" + units.factoryA());
    assertThat(signed.note()).isEqualTo("Cam kết thực hiện");
    assertThat(signed.signedOn()).isEqualTo(LocalDate.now(Dates.VIETNAM));

    assertThat(sign(id, units.factoryA(), units.factoryA(), "{}"))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("đã ký giao ước này");

    assertThat(step(id, "close", "{\"version\": 1}")).hasStatusOk();
    assertThat(sign(id, units.factoryB(), units.factoryB(), "{}"))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("Đã kết thúc");
    assertThat(changes.actionsOn("Agreement", id)).containsExactly("CREATE", "OPEN", "CLOSE");
    assertThat(changes.actionsOn("AgreementSignature", id + "/" + units.factoryA()))
        .containsExactly("SIGN");
  }

  @Test
  void printsTheSignatureSheetWithWhoSignedForEachMember() throws Exception {
    long id = draftForTheEnterprises();
    step(id, "open", "{\"version\": 0}");
    sign(id, units.factoryA(), units.factoryA(), "{\"signatory\": \"Lê Văn Hùng\"}");

    MvcTestResult result =
        mvc.get()
            .uri("/agreements/{id}/sheet.pdf", id)
            .with(Users.as(Role.VIEWER, units.factoryB()))
            .exchange();

    assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
    assertThat(PdfText.of(result.getResponse().getContentAsByteArray()))
        .contains(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "GIAO ƯỚC THI ĐUA NĂM " + LocalDate.now().getYear(),
            title,
            "Hoàn thành vượt mức kế hoạch.",
            "Không để xảy ra tai nạn lao động.",
            "đã ký 1/2",
            "STT",
            "Người ký",
            "Chữ ký",
            "Lê Văn Hùng",
            Dates.format(LocalDate.now(Dates.VIETNAM)),
            "Công đoàn Công ty May A",
            "Công đoàn Công ty Điện B");
    assertThat(
            mvc.get()
                .uri("/agreements/{id}/sheet.pdf", id)
                .with(Users.as(Role.VIEWER, fixtures.province("Tỉnh khác bản ký kết"))))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlyAMemberSignsAndOnlyForItsOwnUnit() {
    long id = draftForTheEnterprises();
    step(id, "open", "{\"version\": 0}");

    assertThat(sign(id, units.factoryA(), units.factoryB(), "{}")).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(sign(id, units.school(), units.school(), "{}")).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(sign(id, units.school(), units.district(), "{}"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("không phải đơn vị thành viên");
    assertThat(
            mvc.post()
                .uri("/api/agreements/{id}/units/{unit}/signature", id, units.factoryA())
                .with(Users.as(Role.VIEWER, units.factoryA()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(read(id).signedCount()).isZero();
  }

  @Test
  void refusesASignatureAfterTheDeadline() {
    long id = draftForTheEnterprises();
    step(id, "open", "{\"version\": 0}");
    jdbc.sql("update agreement set signing_deadline = current_date - 1 where id = :id")
        .param("id", id)
        .update();

    assertThat(sign(id, units.factoryA(), units.factoryA(), "{}"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("đã quá hạn ký");
  }

  @Test
  void aClusterAgreementBindsTheClustersMembersOfItsYear() {
    int year = LocalDate.now().getYear();
    long first = fixtures.grassroots(units.district(), "Công đoàn Công ty Cơ khí D");
    long second = fixtures.grassroots(units.district(), "Công đoàn Công ty Bao bì E");
    long cluster =
        jdbc.sql(
                "insert into emulation_cluster (name, year, organiser_id)"
                    + " values (:name, :year, :organiser) returning id")
            .param("name", "Cụm cơ khí " + UUID.randomUUID())
            .param("year", year)
            .param("organiser", units.district())
            .query(Long.class)
            .single();
    for (long member : List.of(first, second)) {
      jdbc.sql(
              "insert into emulation_cluster_member (cluster_id, unit_id, year)"
                  + " values (:cluster, :unit, :year)")
          .param("cluster", cluster)
          .param("unit", member)
          .param("year", year)
          .update();
    }
    long id =
        created(
            draft(
                """
                {"organiserId": %d, "scope": "CLUSTER", "clusterId": %d, "year": %d,
                 "title": "%s", "content": "Cam kết", "signingDeadline": "%s"}
                """
                    .formatted(units.district(), cluster, year, title, deadline())));

    assertThat(step(id, "open", "{\"version\": 0}")).hasStatusOk();

    assertThat(read(id).members())
        .extracting(AgreementView.Member::unitId)
        .containsExactlyInAnyOrder(first, second);
    assertThat(read(id).scopeName()).startsWith("Cụm cơ khí");
  }

  @Test
  void refusesAClusterOfAnotherYearAGrassrootsOrganiserAndAnEmptySector() {
    assertThat(
            draft(
                """
                {"organiserId": %d, "scope": "CLUSTER", "clusterId": %d, "year": %d,
                 "title": "%s", "content": "Cam kết", "signingDeadline": "%d-12-01"}
                """
                    .formatted(
                        units.district(),
                        units.cluster(),
                        MovementWorld.start().getYear() + 1,
                        title,
                        MovementWorld.start().getYear() + 1)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("không phải cụm của đơn vị tổ chức");
    assertThat(
            mvc.post()
                .uri("/api/agreements")
                .with(Users.as(Role.OFFICER, units.factoryA()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(sectorJson(units.factoryA(), units.enterprises())))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

    long emptySector =
        jdbc.sql("select id from sector where code = 'HCSN'").query(Long.class).single();
    long id = created(draft(sectorJson(units.district(), emptySector)));
    assertThat(step(id, "open", "{\"version\": 0}"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("không có đơn vị nào");
  }

  @Test
  void theSecondOfTwoEditsOfTheSameVersionConflicts() {
    long id = draftForTheEnterprises();
    String edit =
        """
        {"scope": "SECTOR", "sectorId": %d, "year": %d, "title": "%s (sửa)",
         "content": "Cam kết mới", "signingDeadline": "%s", "version": 0}
        """
            .formatted(units.enterprises(), LocalDate.now().getYear(), title, deadline());

    assertThat(put(id, edit)).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
    assertThat(put(id, edit)).hasStatus(HttpStatus.CONFLICT);
    assertThat(read(id).content()).isEqualTo("Cam kết mới");
  }

  @Test
  void isSeenByTheOrganisersSideAndTheMembersButNotByOthers() {
    long id = draftForTheEnterprises();
    long otherProvince = fixtures.province("Tỉnh khác giao ước");

    assertThat(get(id, units.factoryA())).hasStatus(HttpStatus.NOT_FOUND);
    step(id, "open", "{\"version\": 0}");

    assertThat(get(id, units.province())).hasStatusOk();
    assertThat(get(id, units.factoryA())).hasStatusOk();
    assertThat(get(id, units.school())).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(get(id, otherProvince)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.get()
                .uri("/api/units/{unit}/agreements", units.factoryA())
                .with(Users.as(Role.VIEWER, units.factoryA())))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$[0].title").isEqualTo(title);
              body.assertThat().extractingPath("$[0].member").isEqualTo(true);
              body.assertThat().extractingPath("$[0].signed").isEqualTo(false);
            });
    assertThat(
            mvc.post()
                .uri("/api/agreements/{id}/close", id)
                .with(Users.as(Role.VIEWER, units.district()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 1}"))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void discardsADraftButNotAnOpenedAgreement() {
    long draft = draftForTheEnterprises();
    long opened = draftForTheEnterprises();
    step(opened, "open", "{\"version\": 0}");

    assertThat(discard(draft, 0)).hasStatus(HttpStatus.NO_CONTENT);
    assertThat(discard(opened, 1)).hasStatus(HttpStatus.CONFLICT);
    assertThat(get(draft, units.district())).hasStatus(HttpStatus.NOT_FOUND);
  }

  private long draftForTheEnterprises() {
    return created(draft(sectorJson(units.district(), units.enterprises())));
  }

  private String sectorJson(long organiser, long sector) {
    return """
        {"organiserId": %d, "scope": "SECTOR", "sectorId": %d, "year": %d, "title": "%s",
         "content": "Hoàn thành vượt mức kế hoạch.\\nKhông để xảy ra tai nạn lao động.",
         "signingDeadline": "%s"}
        """
        .formatted(organiser, sector, LocalDate.now().getYear(), title, deadline());
  }

  /** Ten days ahead, but inside the year. */
  static LocalDate deadline() {
    LocalDate inTenDays = LocalDate.now().plusDays(10);
    LocalDate endOfYear = LocalDate.of(LocalDate.now().getYear(), 12, 31);
    return inTenDays.isAfter(endOfYear) ? endOfYear : inTenDays;
  }

  private MvcTestResult draft(String body) {
    return mvc.post()
        .uri("/api/agreements")
        .with(Users.as(Role.OFFICER, units.district()))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private long created(MvcTestResult result) {
    assertThat(result).hasStatus(HttpStatus.CREATED);
    return json.readTree(result.getResponse().getContentAsByteArray()).get("id").asLong();
  }

  private MvcTestResult put(long id, String body) {
    return mvc.put()
        .uri("/api/agreements/{id}", id)
        .with(Users.as(Role.OFFICER, units.district()))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private MvcTestResult step(long id, String step, String body) {
    return mvc.post()
        .uri("/api/agreements/{id}/{step}", id, step)
        .with(Users.as(Role.OFFICER, units.district()))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private MvcTestResult discard(long id, int version) {
    return mvc.delete()
        .uri("/api/agreements/{id}?version={v}", id, version)
        .with(Users.as(Role.OFFICER, units.district()))
        .exchange();
  }

  private MvcTestResult sign(long id, long unit, long officerOf, String body) {
    return mvc.post()
        .uri("/api/agreements/{id}/units/{unit}/signature", id, unit)
        .with(Users.as(Role.OFFICER, officerOf))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private MvcTestResult get(long id, long viewerOf) {
    return mvc.get()
        .uri("/api/agreements/{id}", id)
        .with(Users.as(Role.VIEWER, viewerOf))
        .exchange();
  }

  private AgreementView read(long id) {
    return json.readValue(
        get(id, units.district()).getResponse().getContentAsByteArray(), AgreementView.class);
  }

  private List<Long> notified(long id) {
    return jdbc.sql(
            "select unit_id from notification where agreement_id = :id"
                + " and kind = 'AGREEMENT_OPENED'")
        .param("id", id)
        .query(Long.class)
        .list();
  }
}
