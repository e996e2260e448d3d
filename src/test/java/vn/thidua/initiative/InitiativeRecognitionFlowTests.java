package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/**
 * One initiative's whole way through HTTP: a worker submits it, the grassroots council scores it
 * and the union recognises it, then the district and the province do the same in turn, each only
 * after the level below.
 */
@IntegrationTest
class InitiativeRecognitionFlowTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired ObjectMapper json;

  @Test
  void walksAnInitiativeFromSubmissionToProvincialRecognition() throws Exception {
    long province = fixtures.province("LĐLĐ tỉnh quy trình");
    long district = fixtures.unit(province, "LĐLĐ huyện quy trình", "DISTRICT");
    long factory = fixtures.grassroots(district, "Công đoàn Công ty may quy trình");
    long author =
        people.register(
            new NewPerson(
                factory,
                "Đinh Thị Sáng",
                Gender.FEMALE,
                1990,
                "Công nhân may",
                true,
                true,
                LocalDate.of(2012, 5, 2)));
    SignedInUser worker = Users.user(Role.VIEWER, factory);
    LocalDate today = LocalDate.now(Dates.VIETNAM);

    JsonNode submitted =
        expect(
            post(
                "/api/initiatives",
                worker,
                """
                    {"unitId": %d, "title": "Gá kẹp cổ áo giúp may nhanh gấp đôi",
                     "summary": "Gá kẹp bằng thép giữ cổ áo cố định khi may.",
                     "field": "PRODUCTION", "appliedOn": "%s",
                     "authors": [{"personId": %d}], "benefitVnd": 86000000}
                    """
                    .formatted(factory, today, author)),
            HttpStatus.CREATED);
    long id = submitted.get("id").asLong();
    assertThat(submitted.get("statusLevel").asString()).isEqualTo("GRASSROOTS");

    // the grassroots council scores, the union recognises it
    post(
            scores(id, "GRASSROOTS"),
            Users.user(Role.COUNCIL_MEMBER, factory),
            sheet(25, 25, 35, true))
        .assertThat()
        .hasStatusOk();
    decide(id, "GRASSROOTS", Users.user(Role.OFFICER, factory), true).assertThat().hasStatusOk();

    // the province cannot recognise what the district has not
    SignedInUser provincialOfficer = Users.user(Role.OFFICER, province);
    assertThat(
            post(
                "/api/initiatives/%d/reviews/PROVINCE/decision".formatted(id),
                provincialOfficer,
                decision(true, version(id))))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("chưa được công nhận ở cấp trên trực tiếp cơ sở");

    // proposed to the district, scored by two members; a member cannot score twice
    post(proposals(id), Users.user(Role.OFFICER, factory), "{}").assertThat().hasStatusOk();
    SignedInUser districtMember = Users.user(Role.COUNCIL_MEMBER, district);
    post(scores(id, "DISTRICT"), districtMember, sheet(20, 22, 30, true))
        .assertThat()
        .hasStatusOk();
    assertThat(post(scores(id, "DISTRICT"), districtMember, sheet(1, 1, 1, false)))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("chỉ chấm một lần");
    assertThat(
            post(
                scores(id, "DISTRICT"),
                Users.user(Role.COUNCIL_MEMBER, district),
                sheet(31, 0, 0, true)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("phải là số nguyên từ 0 đến 30");
    post(
            scores(id, "DISTRICT"),
            Users.user(Role.COUNCIL_MEMBER, district),
            sheet(10, 10, 10, false))
        .assertThat()
        .hasStatusOk();
    decide(id, "DISTRICT", Users.user(Role.OFFICER, district), true).assertThat().hasStatusOk();

    // proposed to the province by the district, scored and recognised there
    post(proposals(id), Users.user(Role.OFFICER, district), "{}").assertThat().hasStatusOk();
    post(scores(id, "PROVINCE"), Users.user(Role.COUNCIL_MEMBER, province), sheet(28, 28, 38, true))
        .assertThat()
        .hasStatusOk();
    JsonNode recognised = expect(decide(id, "PROVINCE", provincialOfficer, true), HttpStatus.OK);

    assertThat(recognised.get("status").asString()).isEqualTo("RECOGNISED");
    assertThat(recognised.get("recognisedLevel").asString()).isEqualTo("PROVINCE");
    JsonNode reviews = recognised.get("reviews");
    assertThat(reviews).hasSize(3);
    assertThat(reviews.get(0).get("unitId").asLong()).isEqualTo(factory);
    assertThat(reviews.get(1).get("unitId").asLong()).isEqualTo(district);
    assertThat(reviews.get(1).get("averageScore").decimalValue()).isEqualByComparingTo("51.00");
    assertThat(reviews.get(1).get("votesFor").asInt()).isEqualTo(1);
    assertThat(reviews.get(1).get("votesAgainst").asInt()).isEqualTo(1);
    assertThat(reviews.get(2).get("unitId").asLong()).isEqualTo(province);
    assertThat(reviews.get(2).get("outcome").asString()).isEqualTo("RECOGNISED");
    assertThat(recognised.get("actions").get("proposeTo").asString()).isEqualTo("NATIONAL");

    // the worker follows it
    assertThat(mvc.get().uri("/api/initiatives/mine").with(Users.as(worker)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            page -> {
              page.assertThat().extractingPath("$.items[0].id").asNumber().isEqualTo((int) id);
              page.assertThat().extractingPath("$.items[0].recognisedLevel").isEqualTo("PROVINCE");
            });
    // and the officer of another province does not see it
    assertThat(
            mvc.get()
                .uri("/api/initiatives/{id}", id)
                .with(Users.as(Role.OFFICER, fixtures.province("Tỉnh ngoài quy trình"))))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  private MvcTestResult post(String uri, SignedInUser user, String body) {
    return mvc.post()
        .uri(uri)
        .with(Users.as(user))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private MvcTestResult decide(long id, String level, SignedInUser officer, boolean recognised) {
    return post(
        "/api/initiatives/%d/reviews/%s/decision".formatted(id, level),
        officer,
        decision(recognised, version(id)));
  }

  private int version(long id) {
    MvcTestResult result =
        mvc.get()
            .uri("/api/initiatives/{id}", id)
            .with(Users.as(Role.OFFICER, fixtures.nationalUnitId()))
            .exchange();
    return body(result).get("version").asInt();
  }

  private String decision(boolean recognised, int version) {
    return """
        {"recognised": %s, "decidedOn": "%s", "decisionNumber": "15/QĐ-CĐ",
         "minutes": "Hội đồng họp đủ thành viên.", "reason": "Có tính mới, áp dụng hiệu quả",
         "version": %d}
        """
        .formatted(recognised, LocalDate.now(Dates.VIETNAM), version);
  }

  private static String sheet(int novelty, int applicability, int benefit, boolean approve) {
    return """
        {"points": [%d, %d, %d], "approve": %s, "comment": "Nhận xét"}
        """
        .formatted(novelty, applicability, benefit, approve);
  }

  private static String scores(long id, String level) {
    return "/api/initiatives/%d/reviews/%s/scores".formatted(id, level);
  }

  private static String proposals(long id) {
    return "/api/initiatives/%d/proposals".formatted(id);
  }

  private JsonNode expect(MvcTestResult result, HttpStatus status) {
    assertThat(result).hasStatus(status);
    return body(result);
  }

  private JsonNode body(MvcTestResult result) {
    try {
      return json.readTree(result.getResponse().getContentAsString());
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
