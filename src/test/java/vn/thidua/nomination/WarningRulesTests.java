package vn.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.honours.Eligibility;
import vn.thidua.honours.NomineeCase;
import vn.thidua.honours.RuleBook;
import vn.thidua.honours.RuleOutcome;
import vn.thidua.honours.RuleSeverity;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/**
 * A rule an administrator marks as a warning shows in yellow and lets the nomination be submitted;
 * the same rule set to block refuses it.
 */
@IntegrationTest
class WarningRulesTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired RuleBook rules;
  @Autowired Eligibility eligibility;
  @Autowired ObjectMapper json;

  String code;
  long ruleId;
  long district;
  long factory;
  SignedInUser admin;
  SignedInUser factoryOfficer;

  @BeforeEach
  void anHonourWithAnEmploymentRuleThatWarns() {
    admin = Users.user(Role.ADMIN, fixtures.nationalUnitId());
    code = "W_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    assertThat(
            post(
                "/api/honours",
                admin,
                """
                {"kind": "TITLE", "code": "%s", "name": "Người thợ bền bỉ",
                 "recipients": ["INDIVIDUAL"], "scope": "COMPREHENSIVE",
                 "grades": [{"grade": 1, "name": "Người thợ bền bỉ", "grantingLevelCode": "GRASSROOTS"}]}
                """
                    .formatted(code)))
        .hasStatus(HttpStatus.CREATED);
    ruleId =
        read(
                post(
                    "/api/honours/%s/rules".formatted(code),
                    admin,
                    """
                    {"kind": "MINIMUM_EMPLOYMENT", "params": {"months": 10}, "severity": "WARN"}
                    """),
                HttpStatus.CREATED)
            .at("/rule/id")
            .asLong();
    long province = fixtures.province("Tỉnh điều kiện cảnh báo");
    district = fixtures.unit(province, "LĐLĐ huyện điều kiện cảnh báo", "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Công ty điều kiện cảnh báo");
    factoryOfficer = Users.user(Role.OFFICER, factory);
  }

  @Test
  void aFailedWarningRuleWarnsAndABlockingOneBlocks() {
    long newcomer = aWorker("Cù Văn Mới Vào", LocalDate.of(2025, 6, 1));
    NomineeCase nominee =
        new NomineeCase(code, 1, newcomer, null, 2025, factory, district, null, Set.of(), null);

    RuleOutcome warned = eligibility.check(nominee).get(0);
    assertThat(warned.severity()).isEqualTo(RuleSeverity.WARN);
    assertThat(warned.warning()).isTrue();
    assertThat(warned.blocks()).isFalse();

    setSeverity("BLOCK");
    RuleOutcome blocked = eligibility.check(nominee).get(0);
    assertThat(blocked.warning()).isFalse();
    assertThat(blocked.blocks()).isTrue();
  }

  @Test
  void aNominationWithOnlyWarningsIsSubmittedAndOneFailingABlockingRuleIsNot() {
    long round = openRound();
    long warned = nominate(round, aWorker("Tôn Thị Cảnh Báo", LocalDate.of(2025, 6, 1)));

    assertThat(mvc.get().uri("/nominations/{id}", warned).with(Users.as(factoryOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("text-bg-warning", "Cảnh báo", "data-warning=\"true\"");
    assertThat(act(warned, "SUBMIT")).hasStatusOk();

    setSeverity("BLOCK");
    long blocked = nominate(round, aWorker("Tôn Văn Bị Chặn", LocalDate.of(2025, 6, 1)));
    assertThat(act(blocked, "SUBMIT"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Chưa gửi được đề nghị");
    assertThat(
            read(
                    mvc.get()
                        .uri("/api/nominations/{id}", blocked)
                        .with(Users.as(factoryOfficer))
                        .exchange(),
                    HttpStatus.OK)
                .get("state")
                .asString())
        .isEqualTo("DRAFT");
  }

  @Test
  void theRuleFormLetsTheAdministratorChooseTheSeverity() {
    assertThat(mvc.get().uri("/honours/{code}/rules/{id}/edit", code, ruleId).with(Users.as(admin)))
        .hasStatusOk()
        .bodyText()
        .contains("Cảnh báo: vẫn được trình", "id=\"severity-WARN\"");
    int version = rules.rule(code, ruleId).version();
    assertThat(
            mvc.post()
                .uri("/honours/{code}/rules/{id}/edit", code, ruleId)
                .with(Users.as(admin))
                .with(csrf())
                .param("p_months", "10")
                .param("active", "true")
                .param("severity", "BLOCK")
                .param("version", String.valueOf(version)))
        .hasStatus3xxRedirection();
    assertThat(rules.rule(code, ruleId).severity()).isEqualTo(RuleSeverity.BLOCK);
    assertThat(mvc.get().uri("/honours/{code}", code).with(Users.as(admin)))
        .bodyText()
        .doesNotContain("Chỉ cảnh báo");
  }

  private void setSeverity(String severity) {
    int version = rules.rule(code, ruleId).version();
    assertThat(
            mvc.put()
                .uri("/api/honours/{code}/rules/{id}", code, ruleId)
                .with(Users.as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"params": {"months": 10}, "severity": "%s", "version": %d}
                    """
                        .formatted(severity, version)))
        .hasStatusOk();
  }

  private long openRound() {
    String body =
        """
        {"unitId": %d, "name": "Xét chọn có cảnh báo 2025", "year": 2025, "deadline": "%s",
         "threshold": "SIMPLE_MAJORITY", "honours": [{"code": "%s", "grade": 1}], "quotas": []}
        """
            .formatted(district, LocalDate.now().plusMonths(1), code);
    return read(
            post("/api/nomination-rounds", Users.user(Role.OFFICER, district), body),
            HttpStatus.CREATED)
        .get("id")
        .asLong();
  }

  private long nominate(long round, long person) {
    String body =
        """
        {"roundId": %d, "proposingUnitId": %d, "recipient": "INDIVIDUAL", "personId": %d,
         "honourCode": "%s", "achievements": "Hoàn thành tốt nhiệm vụ."}
        """
            .formatted(round, factory, person, code);
    return read(post("/api/nominations", factoryOfficer, body), HttpStatus.CREATED)
        .get("id")
        .asLong();
  }

  private MvcTestResult act(long id, String action) {
    int version =
        read(
                mvc.get()
                    .uri("/api/nominations/{id}", id)
                    .with(Users.as(factoryOfficer))
                    .exchange(),
                HttpStatus.OK)
            .get("version")
            .asInt();
    return post(
        "/api/nominations/%d/actions".formatted(id),
        factoryOfficer,
        "{\"action\": \"%s\", \"version\": %d}".formatted(action, version));
  }

  private long aWorker(String name, LocalDate startedOn) {
    return people.register(
        new NewPerson(factory, name, Gender.MALE, 1995, "Công nhân", true, true, startedOn));
  }

  private MvcTestResult post(String uri, SignedInUser user, String body) {
    return mvc.post()
        .uri(uri)
        .with(Users.as(user))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private JsonNode read(MvcTestResult result, HttpStatus status) {
    assertThat(result).hasStatus(status);
    try {
      return json.readTree(result.getResponse().getContentAsString());
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
