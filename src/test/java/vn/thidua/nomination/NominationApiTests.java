package vn.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.honours.HonourAward;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/** Rounds, nominations, the workflow, the council's votes and the board through the JSON API. */
@IntegrationTest
class NominationApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired ObjectMapper json;
  @Autowired Honours honours;

  long province;
  long district;
  long factory;
  long worker;
  SignedInUser districtOfficer;
  SignedInUser factoryOfficer;

  @BeforeEach
  void aDistrictWithAFactory() {
    province = fixtures.province("LĐLĐ tỉnh xét chọn");
    district = fixtures.unit(province, "LĐLĐ huyện xét chọn", "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Công ty xét chọn");
    worker = aWorker(factory, "Trần Văn Giỏi");
    districtOfficer = Users.user(Role.OFFICER, district);
    factoryOfficer = Users.user(Role.OFFICER, factory);
  }

  @Test
  void walksANominationThroughReviewAndTheCouncilsVote() {
    long round = openRound(district, "SIMPLE_MAJORITY", "[]");
    JsonNode drafted = expect(nominate(round, factory, worker, factoryOfficer), HttpStatus.CREATED);
    long id = drafted.get("id").asLong();
    assertThat(drafted.get("state").asString()).isEqualTo("DRAFT");
    assertThat(drafted.get("actions").toString()).contains("SUBMIT");

    act(id, "SUBMIT", null, factoryOfficer, HttpStatus.OK);
    // the factory cannot review its own proposal
    act(id, "START_REVIEW", null, factoryOfficer, HttpStatus.NOT_FOUND);
    act(id, "START_REVIEW", null, districtOfficer, HttpStatus.OK);
    assertThat(detail(act(id, "RETURN", "", districtOfficer, HttpStatus.UNPROCESSABLE_CONTENT)))
        .contains("Cần ghi lý do");
    act(id, "RETURN", "Bổ sung số liệu năng suất", districtOfficer, HttpStatus.OK);
    act(id, "RESUBMIT", null, factoryOfficer, HttpStatus.OK);
    act(id, "START_REVIEW", null, districtOfficer, HttpStatus.OK);
    assertThat(detail(act(id, "APPROVE", null, districtOfficer, HttpStatus.UNPROCESSABLE_CONTENT)))
        .contains("Không thể xét chọn một đề nghị đang ở trạng thái \"Đang thẩm định\"");
    act(id, "TO_COUNCIL", null, districtOfficer, HttpStatus.OK);

    SignedInUser first = Users.user(Role.COUNCIL_MEMBER, district);
    vote(id, first, "AGREE").assertThat().hasStatusOk();
    assertThat(detail(vote(id, first, "DISAGREE"))).contains("chỉ bỏ phiếu một lần");
    assertThat(vote(id, Users.user(Role.OFFICER, district), "AGREE"))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(vote(id, Users.user(Role.COUNCIL_MEMBER, factory), "AGREE"))
        .hasStatus(HttpStatus.FORBIDDEN);
    vote(id, Users.user(Role.COUNCIL_MEMBER, district), "ABSTAIN").assertThat().hasStatusOk();
    assertThat(detail(act(id, "APPROVE", null, districtOfficer, HttpStatus.UNPROCESSABLE_CONTENT)))
        .contains("Chưa đủ phiếu");
    vote(id, Users.user(Role.COUNCIL_MEMBER, district), "AGREE").assertThat().hasStatusOk();
    JsonNode approved = act(id, "APPROVE", null, districtOfficer, HttpStatus.OK);

    assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
    assertThat(approved.get("tally").get("agree").asInt()).isEqualTo(2);
    assertThat(approved.get("history")).hasSize(8);
    assertThat(approved.get("history").get(3).get("reason").asString())
        .isEqualTo("Bổ sung số liệu năng suất");

    JsonNode board = expect(get("/api/nomination-rounds/%d/board".formatted(round)), HttpStatus.OK);
    assertThat(board.get("counts").get("APPROVED").asInt()).isEqualTo(1);
    assertThat(board.get("rows").get(0).get("nomineeName").asString()).isEqualTo("Trần Văn Giỏi");

    JsonNode minutes =
        expect(get("/api/nomination-rounds/%d/minutes".formatted(round)), HttpStatus.OK);
    assertThat(minutes.get("lines").get(0).get("tally").get("abstain").asInt()).isEqualTo(1);
    assertThat(minutes.get("lines").get(0).get("passes").asBoolean()).isTrue();
  }

  @Test
  void refusesBadNominationsAndChangesNothing() {
    long round =
        openRound(district, "TWO_THIRDS", "[{\"unitId\": %d, \"quota\": 1}]".formatted(factory));
    long elsewhere = aWorker(fixtures.grassroots(district, "Công đoàn khác"), "Lê Thị Ngoài");

    assertThat(detail(nominate(round, factory, 99_999_999L, factoryOfficer)))
        .contains("Không tìm thấy người hoặc tập thể");
    assertThat(detail(nominate(round, factory, elsewhere, factoryOfficer)))
        .contains("không thuộc đơn vị đề nghị");
    assertThat(
            detail(
                post(
                    "/api/nominations",
                    factoryOfficer,
                    nominationBody(round, factory, worker).replace("\"CNG\"", "\"LDTT\""))))
        .contains("Đợt xét không xét danh hiệu \"LDTT\"");
    nominate(round, factory, worker, factoryOfficer).assertThat().hasStatus(HttpStatus.CREATED);
    long second = aWorker(factory, "Phạm Văn Hai");
    assertThat(detail(nominate(round, factory, second, factoryOfficer)))
        .contains("đã đề nghị đủ số lượng tối đa (1)");

    JsonNode board = expect(get("/api/nomination-rounds/%d/board".formatted(round)), HttpStatus.OK);
    assertThat(board.get("total").asInt()).isEqualTo(1);
  }

  @Test
  void refusesToSubmitANomineeNotHonouredAtTheLevelBelow() {
    long round = openRound(district, "SIMPLE_MAJORITY", "[]");
    long newcomer =
        people.register(
            new NewPerson(
                factory,
                "Đỗ Văn Mới",
                Gender.MALE,
                1995,
                "Công nhân",
                true,
                true,
                LocalDate.of(2020, 3, 1)));
    long id =
        expect(nominate(round, factory, newcomer, factoryOfficer), HttpStatus.CREATED)
            .get("id")
            .asLong();
    JsonNode nomination = expect(get("/api/nominations/" + id), HttpStatus.OK);
    assertThat(nomination.get("rules").toString()).contains("\"passed\":false");
    assertThat(detail(act(id, "SUBMIT", null, factoryOfficer, HttpStatus.UNPROCESSABLE_CONTENT)))
        .contains("Chưa gửi được đề nghị", "Chưa đạt Công nhân giỏi cấp cơ sở năm 2025");
    assertThat(expect(get("/api/nominations/" + id), HttpStatus.OK).get("state").asString())
        .isEqualTo("DRAFT");
  }

  @Test
  void refusesAStaleVersion() {
    long round = openRound(district, "SIMPLE_MAJORITY", "[]");
    long id =
        expect(nominate(round, factory, worker, factoryOfficer), HttpStatus.CREATED)
            .get("id")
            .asLong();
    assertThat(
            post(
                "/api/nominations/%d/actions".formatted(id),
                factoryOfficer,
                "{\"action\": \"SUBMIT\", \"version\": 7}"))
        .hasStatus(HttpStatus.CONFLICT);
    assertThat(expect(get("/api/nominations/" + id), HttpStatus.OK).get("state").asString())
        .isEqualTo("DRAFT");
  }

  @Test
  void movesSeveralNominationsInOneTransactionOrNone() {
    long round = openRound(district, "SIMPLE_MAJORITY", "[]");
    long a =
        expect(nominate(round, factory, worker, factoryOfficer), HttpStatus.CREATED)
            .get("id")
            .asLong();
    long b =
        expect(
                nominate(round, factory, aWorker(factory, "Vũ Thị Ba"), factoryOfficer),
                HttpStatus.CREATED)
            .get("id")
            .asLong();
    act(a, "SUBMIT", null, factoryOfficer, HttpStatus.OK);

    String bulk = "/api/nomination-rounds/%d/bulk".formatted(round);
    String body = "{\"action\": \"START_REVIEW\", \"nominationIds\": [%d, %d]}".formatted(a, b);
    JsonNode refused = expect(post(bulk, districtOfficer, body), HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(refused.get("refusals")).hasSize(1);
    assertThat(refused.get("refusals").get(0).get("nominationId").asLong()).isEqualTo(b);
    assertThat(expect(get("/api/nominations/" + a), HttpStatus.OK).get("state").asString())
        .isEqualTo("SUBMITTED");

    act(b, "SUBMIT", null, factoryOfficer, HttpStatus.OK);
    JsonNode done = expect(post(bulk, districtOfficer, body), HttpStatus.OK);
    assertThat(done.get("moved").asInt()).isEqualTo(2);
    JsonNode board =
        expect(
            get("/api/nomination-rounds/%d/board?state=UNDER_REVIEW".formatted(round)),
            HttpStatus.OK);
    assertThat(board.get("rows")).hasSize(2);
  }

  @Test
  void nominatesManyPeopleAtOnceOrNone() {
    long round = openRound(district, "SIMPLE_MAJORITY", "[]");
    long second = aWorker(factory, "Lý Thị Hai");
    long outsider = aWorker(fixtures.grassroots(district, "Công đoàn ngoài"), "Mai Văn Ngoài");
    String bulk = "/api/nomination-rounds/%d/nominations".formatted(round);
    String body =
        """
        {"proposingUnitId": %d, "honourCode": "CNG", "grade": 2, "personIds": [%d, %d, %d],
         "achievements": "Hoàn thành xuất sắc nhiệm vụ."}
        """;
    JsonNode refused =
        expect(
            post(bulk, factoryOfficer, body.formatted(factory, worker, second, outsider)),
            HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(refused.get("refusals")).hasSize(1);
    assertThat(refused.get("refusals").get(0).get("nomineeName").asString())
        .isEqualTo("Mai Văn Ngoài");
    assertThat(
            expect(get("/api/nomination-rounds/%d/board".formatted(round)), HttpStatus.OK)
                .get("total")
                .asInt())
        .isZero();

    String good = body.replace(", %d]", "]").formatted(factory, worker, second);
    JsonNode done = expect(post(bulk, factoryOfficer, good), HttpStatus.CREATED);
    assertThat(done.get("moved").asInt()).isEqualTo(2);
  }

  @Test
  void hidesAnotherProvincesRounds() {
    long round = openRound(district, "SIMPLE_MAJORITY", "[]");
    SignedInUser stranger = Users.user(Role.OFFICER, fixtures.province("Tỉnh ngoài xét chọn"));
    assertThat(mvc.get().uri("/api/nomination-rounds").with(Users.as(stranger)).exchange())
        .hasStatusOk()
        .bodyText()
        .doesNotContain("\"id\":" + round + ",");
    assertThat(mvc.get().uri("/api/nomination-rounds").with(Users.as(factoryOfficer)).exchange())
        .hasStatusOk()
        .bodyText()
        .contains("\"id\":" + round + ",");
    assertThat(
            mvc.get().uri("/api/nomination-rounds/{id}", round).with(Users.as(stranger)).exchange())
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  private long openRound(long unit, String threshold, String quotas) {
    String body =
        """
        {"unitId": %d, "name": "Xét chọn Công nhân giỏi cấp quận 2025", "year": 2025,
         "deadline": "%s", "threshold": "%s",
         "honours": [{"code": "CNG", "grade": 2}], "quotas": %s}
        """
            .formatted(unit, LocalDate.now().plusMonths(1), threshold, quotas);
    return expect(
            post("/api/nomination-rounds", Users.user(Role.OFFICER, unit), body),
            HttpStatus.CREATED)
        .get("id")
        .asLong();
  }

  private MvcTestResult nominate(long round, long unit, long person, SignedInUser officer) {
    return post("/api/nominations", officer, nominationBody(round, unit, person));
  }

  private static String nominationBody(long round, long unit, long person) {
    return """
        {"roundId": %d, "proposingUnitId": %d, "recipient": "INDIVIDUAL", "personId": %d,
         "honourCode": "CNG", "achievements": "Năng suất vượt 120 %% kế hoạch cả năm."}
        """
        .formatted(round, unit, person);
  }

  private JsonNode act(
      long id, String action, String reason, SignedInUser user, HttpStatus expected) {
    int version = expect(get("/api/nominations/" + id), HttpStatus.OK).get("version").asInt();
    String body =
        "{\"action\": \"%s\", \"reason\": %s, \"version\": %d}"
            .formatted(action, reason == null ? "null" : "\"" + reason + "\"", version);
    return expect(post("/api/nominations/%d/actions".formatted(id), user, body), expected);
  }

  private MvcTestResult vote(long id, SignedInUser member, String vote) {
    return post("/api/nominations/%d/votes".formatted(id), member, "{\"vote\": \"" + vote + "\"}");
  }

  /** A worker who was honoured Công nhân giỏi at grassroots in 2025, so may be selected above. */
  private long aWorker(long unit, String name) {
    long person =
        people.register(
            new NewPerson(
                unit, name, Gender.MALE, 1988, "Công nhân", true, true, LocalDate.of(2015, 3, 1)));
    honours.recordAwarded(
        List.of(new HonourAward("CNG", 1, Recipient.INDIVIDUAL, person, null, 2025, unit, null)));
    return person;
  }

  private MvcTestResult get(String uri) {
    return mvc.get().uri(uri).with(Users.as(districtOfficer)).exchange();
  }

  private MvcTestResult post(String uri, SignedInUser user, String body) {
    return mvc.post()
        .uri(uri)
        .with(Users.as(user))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private String detail(MvcTestResult result) {
    return body(result).path("detail").asString();
  }

  private String detail(JsonNode problem) {
    return problem.path("detail").asString();
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
