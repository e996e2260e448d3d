package vn.thidua.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.time.Dates;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/** A district's welding contest through HTTP, from organising it to its prizes. */
@IntegrationTest
class ContestFlowTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  long district;
  long factory;
  long garage;
  long an;
  long binh;
  long cuong;
  SignedInUser organiser;

  @BeforeEach
  void units() {
    long province = fixtures.province("LĐLĐ tỉnh hội thi");
    district = fixtures.unit(province, "LĐLĐ huyện hội thi", "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Nhà máy cơ khí hội thi");
    garage = fixtures.grassroots(district, "Công đoàn Xưởng sửa chữa hội thi");
    an = person(factory, "Phạm Văn An");
    binh = person(factory, "Đỗ Văn Bình");
    cuong = person(garage, "Vũ Văn Cường");
    organiser = Users.user(Role.OFFICER, district);
  }

  long person(long unit, String name) {
    return people.register(
        new NewPerson(
            unit, name, Gender.MALE, 1990, "Thợ hàn", true, true, LocalDate.of(2012, 1, 2)));
  }

  MvcTestResult post(String uri, SignedInUser user, String body) {
    return mvc.post()
        .uri(uri)
        .with(Users.as(user))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  JsonNode body(MvcTestResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString());
  }

  @Test
  void organisesRegistersMarksAndRanksAWeldingContest() throws Exception {
    LocalDate today = LocalDate.now(Dates.VIETNAM);
    MvcTestResult organised =
        post(
            "/api/contests",
            organiser,
            """
            {"unitId": %d, "name": "Hội thi thợ hàn giỏi", "trade": "Hàn điện",
             "heldFrom": "%s", "heldTo": "%s", "registrationClosesOn": "%s",
             "entryKind": "PERSON", "scaleMin": 0, "scaleMax": 10,
             "rounds": [{"name": "Lý thuyết", "weight": 1}, {"name": "Thực hành", "weight": 2}],
             "prizes": [{"name": "Giải Nhất", "places": 1}, {"name": "Giải Nhì", "places": 1}]}
            """
                .formatted(district, today, today.plusDays(1), today));
    assertThat(organised).hasStatus(HttpStatus.CREATED);
    JsonNode contest = body(organised);
    long id = contest.get("id").asLong();
    long theory = contest.get("rounds").get(0).get("id").asLong();
    long practice = contest.get("rounds").get(1).get("id").asLong();

    String registrations = "/api/contests/%d/registrations".formatted(id);
    SignedInUser factoryOfficer = Users.user(Role.OFFICER, factory);
    post(registrations, factoryOfficer, "{\"unitId\": %d, \"personId\": %d}".formatted(factory, an))
        .assertThat()
        .hasStatusOk();
    post(
            registrations,
            factoryOfficer,
            "{\"unitId\": %d, \"personId\": %d}".formatted(factory, binh))
        .assertThat()
        .hasStatusOk();
    assertThat(
            post(
                registrations,
                factoryOfficer,
                "{\"unitId\": %d, \"personId\": %d}".formatted(factory, cuong)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("Không tìm thấy người dự thi");
    assertThat(
            post(
                registrations,
                organiser,
                "{\"unitId\": %d, \"personId\": %d}".formatted(garage, an)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("Phạm Văn An không làm việc tại");
    JsonNode registered =
        body(
            post(
                registrations,
                Users.user(Role.OFFICER, garage),
                "{\"unitId\": %d, \"memberIds\": [%d]}".formatted(garage, cuong)));
    long anEntry = entry(registered, "Phạm Văn An");
    long binhEntry = entry(registered, "Đỗ Văn Bình");
    long cuongEntry = entry(registered, "Vũ Văn Cường");

    SignedInUser judge1 = Users.user(Role.COUNCIL_MEMBER, district);
    SignedInUser judge2 = Users.user(Role.COUNCIL_MEMBER, district);
    mark(id, theory, judge1, anEntry, "8").assertThat().hasStatusOk();
    assertThat(mark(id, theory, judge1, anEntry, "9"))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("mỗi giám khảo chỉ chấm một lần");
    assertThat(mark(id, theory, judge2, anEntry, "10.5"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .isEqualTo("Điểm 10.5 nằm ngoài thang điểm của hội thi (từ 0 đến 10).");
    assertThat(mark(id, theory, organiser, anEntry, "7")).hasStatus(HttpStatus.FORBIDDEN);

    mark(id, theory, judge2, anEntry, "9").assertThat().hasStatusOk();
    mark(id, practice, judge1, anEntry, "9").assertThat().hasStatusOk();
    mark(id, theory, judge1, binhEntry, "10").assertThat().hasStatusOk();
    mark(id, practice, judge1, binhEntry, "8").assertThat().hasStatusOk();
    mark(id, theory, judge1, cuongEntry, "6").assertThat().hasStatusOk();

    int version =
        body(mvc.get().uri("/api/contests/{id}", id).with(Users.as(organiser)).exchange())
            .get("version")
            .asInt();
    assertThat(
            post(
                "/api/contests/%d/finish".formatted(id),
                organiser,
                "{\"version\": %d}".formatted(version)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .isEqualTo("Vũ Văn Cường chưa có điểm ở Thực hành.");
    mark(id, practice, judge2, cuongEntry, "7").assertThat().hasStatusOk();

    JsonNode finished =
        body(
            post(
                "/api/contests/%d/finish".formatted(id),
                organiser,
                "{\"version\": %d}".formatted(version)));
    assertThat(finished.get("status").asString()).isEqualTo("FINISHED");
    JsonNode an = find(finished, "Phạm Văn An");
    JsonNode binh = find(finished, "Đỗ Văn Bình");
    JsonNode cuong = find(finished, "Vũ Văn Cường");
    assertThat(an.get("finalScore").decimalValue()).isEqualByComparingTo("8.83");
    assertThat(an.get("rank").asInt()).isEqualTo(1);
    assertThat(an.get("prize").asString()).isEqualTo("Giải Nhất");
    assertThat(binh.get("finalScore").decimalValue()).isEqualByComparingTo("8.67");
    assertThat(binh.get("prize").asString()).isEqualTo("Giải Nhì");
    assertThat(cuong.get("rank").asInt()).isEqualTo(3);
    assertThat(cuong.get("prize").isNull()).isTrue();

    assertThat(mark(id, practice, judge2, anEntry, "7"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(mvc.get().uri("/contests/{id}", id).with(Users.as(Role.VIEWER, garage)))
        .hasStatusOk()
        .bodyText()
        .contains("Kết quả chung cuộc", "Phạm Văn An", "8,83", "Giải Nhất", "Đã kết thúc");
    assertThat(
            mvc.get()
                .uri("/api/contests/{id}", id)
                .with(Users.as(Role.OFFICER, fixtures.province("Tỉnh không dự thi"))))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void organisesThroughThePageAndKeepsTheFormWhenRefused() {
    assertThat(
            mvc.post()
                .uri("/contests/new")
                .with(Users.as(organiser))
                .with(csrf())
                .param("unitId", String.valueOf(district))
                .param("name", "Hội thi tay nghề may")
                .param("heldFrom", "10/10/2024")
                .param("heldTo", "11/10/2024")
                .param("registrationClosesOn", "01/10/2024")
                .param("entryKind", "BOTH")
                .param("scaleMin", "10")
                .param("scaleMax", "5")
                .param("round0Name", "Thực hành"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Thang điểm phải từ 0 trở lên", "value=\"Hội thi tay nghề may\"");
    assertThat(
            mvc.post()
                .uri("/contests/new")
                .with(Users.as(organiser))
                .with(csrf())
                .param("unitId", String.valueOf(district))
                .param("name", "Hội thi tay nghề may")
                .param("heldFrom", "10/10/2024")
                .param("heldTo", "11/10/2024")
                .param("registrationClosesOn", "01/10/2024")
                .param("entryKind", "BOTH")
                .param("scaleMin", "0")
                .param("scaleMax", "100")
                .param("round0Name", "Thực hành")
                .param("prize0Name", "Giải Nhất")
                .param("prize0Places", "1"))
        .hasStatus(HttpStatus.FOUND);
    long id =
        jdbc.sql("select max(id) from contest where unit_id = :u")
            .param("u", district)
            .query(Long.class)
            .single();
    assertThat(mvc.get().uri("/contests/{id}", id).with(Users.as(Role.COUNCIL_MEMBER, district)))
        .hasStatusOk()
        .bodyText()
        .contains("Hội thi tay nghề may", "Cá nhân hoặc đội thi", "Chưa có thí sinh đăng ký.")
        .doesNotContain("Kết thúc và xếp hạng");
    assertThat(mvc.get().uri("/contests").with(Users.as(Role.VIEWER, factory)))
        .hasStatusOk()
        .bodyText()
        .contains("Hội thi tay nghề may");
  }

  MvcTestResult mark(long contest, long round, SignedInUser judge, long entry, String points) {
    return post(
        "/api/contests/%d/rounds/%d/marks".formatted(contest, round),
        judge,
        "{\"registrationId\": %d, \"points\": %s}".formatted(entry, points));
  }

  static JsonNode find(JsonNode contest, String name) {
    for (JsonNode entrant : contest.get("entrants")) {
      if (entrant.get("name").asString().equals(name)) {
        return entrant;
      }
    }
    throw new AssertionError(name + " is not an entrant");
  }

  static long entry(JsonNode contest, String name) {
    return find(contest, name).get("id").asLong();
  }
}
