package vn.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.decision.DecisionStatus;
import vn.thidua.decision.DecisionView;
import vn.thidua.decision.Decisions;
import vn.thidua.honours.HonourAward;
import vn.thidua.honours.HonourHeld;
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

/**
 * A Công nhân giỏi nomination's whole way through HTTP: a grassroots union proposes its worker to
 * the district's round, the district's council selects her and the district decides; the district
 * then proposes her to the city's round for "Công nhân giỏi Thủ đô", where the council selects her
 * and the city's decision is issued.
 */
@IntegrationTest
class NominationFlowTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired Honours honours;
  @Autowired Decisions decisions;
  @Autowired ObjectMapper json;

  @Test
  void walksAGoodWorkerFromGrassrootsThroughTheDistrictToTheCitysDecision() {
    long city = fixtures.province("LĐLĐ Thành phố luồng xét chọn");
    long district = fixtures.unit(city, "LĐLĐ quận luồng xét chọn", "DISTRICT");
    long factory = fixtures.grassroots(district, "Công đoàn Công ty luồng xét chọn");
    long worker =
        people.register(
            new NewPerson(
                factory,
                "Nguyễn Thị Thảo",
                Gender.FEMALE,
                1987,
                "Công nhân dệt",
                true,
                true,
                LocalDate.of(2010, 4, 1)));
    // honoured Công nhân giỏi at grassroots before this system: recorded by hand
    honours.recordAwarded(
        List.of(
            new HonourAward("CNG", 1, Recipient.INDIVIDUAL, worker, null, 2025, factory, null)));
    SignedInUser factoryOfficer = Users.user(Role.OFFICER, factory);
    SignedInUser districtOfficer = Users.user(Role.OFFICER, district);
    SignedInUser cityOfficer = Users.user(Role.OFFICER, city);

    long districtRound = openRound(districtOfficer, district, "CNG", 2);
    long cityRound = openRound(cityOfficer, city, "CNG", 3);

    // the grassroots union proposes; the district reviews, its council selects
    long atDistrict =
        expect(
                post(
                    "/api/nominations",
                    factoryOfficer,
                    """
                    {"roundId": %d, "proposingUnitId": %d, "recipient": "INDIVIDUAL",
                     "personId": %d, "honourCode": "CNG", "grade": 2,
                     "achievements": "Năng suất bình quân 118 %% định mức, không có sản phẩm lỗi."}
                    """
                        .formatted(districtRound, factory, worker)),
                HttpStatus.CREATED)
            .get("id")
            .asLong();
    act(atDistrict, "SUBMIT", factoryOfficer);
    act(atDistrict, "START_REVIEW", districtOfficer);
    act(atDistrict, "TO_COUNCIL", districtOfficer);
    vote(atDistrict, Users.user(Role.COUNCIL_MEMBER, district));
    vote(atDistrict, Users.user(Role.COUNCIL_MEMBER, district));
    assertThat(act(atDistrict, "APPROVE", districtOfficer).get("state").asString())
        .isEqualTo("APPROVED");

    // the district drafts and issues its decision: the nomination is decided, the honour held
    long districtDecision = draftDecision(districtRound, districtOfficer);
    issue(districtDecision, districtOfficer);
    assertThat(state(atDistrict, districtOfficer)).isEqualTo("DECIDED");
    assertThat(honours.heldByPerson(worker, 2025, 2025))
        .extracting(HonourHeld::honourCode, HonourHeld::grade)
        .contains(org.assertj.core.groups.Tuple.tuple("CNG", 2));

    // the district proposes her upward: the city's round, the next grade
    JsonNode atCityNomination =
        expect(
            post(
                "/api/nominations/%d/escalations".formatted(atDistrict),
                districtOfficer,
                "{\"roundId\": %d}".formatted(cityRound)),
            HttpStatus.CREATED);
    long atCity = atCityNomination.get("id").asLong();
    assertThat(atCityNomination.get("honour").get("grade").asInt()).isEqualTo(3);
    assertThat(atCityNomination.get("proposingUnitId").asLong()).isEqualTo(district);
    assertThat(state(atDistrict, districtOfficer)).isEqualTo("ESCALATED");

    act(atCity, "SUBMIT", districtOfficer);
    act(atCity, "START_REVIEW", cityOfficer);
    act(atCity, "TO_COUNCIL", cityOfficer);
    vote(atCity, Users.user(Role.COUNCIL_MEMBER, city));
    act(atCity, "APPROVE", cityOfficer);
    long cityDecision = draftDecision(cityRound, cityOfficer);
    DecisionView issued = issue(cityDecision, cityOfficer);

    assertThat(issued.status()).isEqualTo(DecisionStatus.ISSUED);
    assertThat(issued.awardees()).hasSize(1);
    assertThat(pdfText(cityDecision, cityOfficer))
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc")
        .contains(issued.symbol(), "Nguyễn Thị Thảo", "Công nhân giỏi Thủ đô", "Trần Văn Ký");
    assertThat(state(atCity, cityOfficer)).isEqualTo("DECIDED");
    JsonNode decided = expect(get("/api/nominations/" + atCity, cityOfficer), HttpStatus.OK);
    assertThat(decided.get("decisionId").asLong()).isEqualTo(cityDecision);
    assertThat(decided.get("escalatedFromId").asLong()).isEqualTo(atDistrict);
    assertThat(honours.heldByPerson(worker, 2025, 2025))
        .extracting(HonourHeld::honourCode, HonourHeld::grade)
        .contains(org.assertj.core.groups.Tuple.tuple("CNG", 3));
  }

  private long openRound(SignedInUser officer, long unit, String code, int grade) {
    String body =
        """
        {"unitId": %d, "name": "Xét chọn Công nhân giỏi năm 2025", "year": 2025,
         "deadline": "%s", "threshold": "TWO_THIRDS",
         "honours": [{"code": "%s", "grade": %d}]}
        """
            .formatted(unit, LocalDate.now().plusMonths(1), code, grade);
    return expect(post("/api/nomination-rounds", officer, body), HttpStatus.CREATED)
        .get("id")
        .asLong();
  }

  private long draftDecision(long round, SignedInUser officer) {
    return expect(
            post(
                "/api/nomination-rounds/%d/decision".formatted(round),
                officer,
                """
                {"signerName": "Trần Văn Ký", "signerPosition": "Chủ tịch",
                 "bases": ["Căn cứ Luật Thi đua, khen thưởng năm 2022"]}
                """),
            HttpStatus.CREATED)
        .get("decisionId")
        .asLong();
  }

  /** The issued decision's PDF as the city's officer downloads it, as words. */
  private String pdfText(long decisionId, SignedInUser officer) {
    MvcTestResult result =
        mvc.get().uri("/api/decisions/{id}/pdf", decisionId).with(Users.as(officer)).exchange();
    assertThat(result).hasStatusOk().hasContentType("application/pdf");
    try {
      PdfReader reader = new PdfReader(result.getResponse().getContentAsByteArray());
      try {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
          text.append(extractor.getTextFromPage(page)).append('\n');
        }
        // lines wrap where the layout wraps them; the words are what the test reads
        return text.toString().replaceAll("\\s+", " ");
      } finally {
        reader.close();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private DecisionView issue(long decisionId, SignedInUser officer) {
    DecisionView[] issued = new DecisionView[1];
    Users.runAs(
        officer,
        () -> {
          DecisionView draft = decisions.get(decisionId);
          issued[0] = decisions.issue(decisionId, draft.version(), LocalDate.now());
        });
    return issued[0];
  }

  private JsonNode act(long id, String action, SignedInUser user) {
    int version = expect(get("/api/nominations/" + id, user), HttpStatus.OK).get("version").asInt();
    return expect(
        post(
            "/api/nominations/%d/actions".formatted(id),
            user,
            "{\"action\": \"%s\", \"version\": %d}".formatted(action, version)),
        HttpStatus.OK);
  }

  private void vote(long id, SignedInUser member) {
    expect(
        post("/api/nominations/%d/votes".formatted(id), member, "{\"vote\": \"AGREE\"}"),
        HttpStatus.OK);
  }

  private String state(long id, SignedInUser user) {
    return expect(get("/api/nominations/" + id, user), HttpStatus.OK).get("state").asString();
  }

  private MvcTestResult get(String uri, SignedInUser user) {
    return mvc.get().uri(uri).with(Users.as(user)).exchange();
  }

  private MvcTestResult post(String uri, SignedInUser user, String body) {
    return mvc.post()
        .uri(uri)
        .with(Users.as(user))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private JsonNode expect(MvcTestResult result, HttpStatus status) {
    assertThat(result).hasStatus(status);
    try {
      return json.readTree(result.getResponse().getContentAsString());
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
