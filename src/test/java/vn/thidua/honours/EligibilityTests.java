package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class EligibilityTests {

  @Autowired Eligibility eligibility;
  @Autowired RuleBook rules;
  @Autowired Honours honours;
  @Autowired People people;
  @Autowired Fixtures fixtures;
  @Autowired MockMvcTester mvc;

  long province;
  long district;
  long factory;
  long mai;
  long hung;

  @BeforeEach
  void twoWorkersOfAFactory() {
    province = fixtures.province("LĐLĐ tỉnh xét điều kiện");
    district = fixtures.unit(province, "LĐLĐ huyện xét điều kiện", "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Công ty cơ khí xét điều kiện");
    mai = worker("Đỗ Thị Mai", LocalDate.of(2015, 4, 1));
    hung = worker("Phan Văn Hùng", LocalDate.of(2024, 6, 1));
    honours.recordAwarded(
        List.of(
            new HonourAward("LDTT", 1, Recipient.INDIVIDUAL, mai, null, 2023, factory, null),
            new HonourAward("LDTT", 1, Recipient.INDIVIDUAL, mai, null, 2024, factory, null)));
  }

  long worker(String name, LocalDate startedOn) {
    return people.register(
        new NewPerson(factory, name, Gender.FEMALE, 1988, "Thợ cơ khí", true, true, startedOn));
  }

  NomineeCase aPerson(String code, int grade, long person, int year) {
    return new NomineeCase(
        code, grade, person, null, year, factory, district, null, Set.of(), null);
  }

  @Test
  void aWorkerAdvancedTwoYearsRunningMeetsTheNationalCertificatesIndividualRules() {
    List<RuleOutcome> outcomes = eligibility.check(aPerson("BK_TLD", 1, mai, 2024));

    assertThat(outcomes)
        .extracting(RuleOutcome::ruleKind, RuleOutcome::passed)
        .containsExactly(
            tuple(RuleKind.CONSECUTIVE_YEARS, true),
            tuple(RuleKind.ONE_ACHIEVEMENT_ONE_AWARD, true),
            tuple(RuleKind.COMPREHENSIVE_OR_THEMATIC, true));
  }

  @Test
  void saysWhyAnAdvancedWorkerIsNotYetAnEmulationFighter() {
    List<RuleOutcome> outcomes = eligibility.check(aPerson("CSTDCS", 1, mai, 2024));

    assertThat(outcomes)
        .extracting(RuleOutcome::ruleKind, RuleOutcome::passed)
        .containsExactly(
            tuple(RuleKind.HELD_AT_GRADE_BELOW, true),
            tuple(RuleKind.INITIATIVE_RECORD, false),
            tuple(RuleKind.SHARE_CAP, false),
            tuple(RuleKind.MINIMUM_EMPLOYMENT, true));
    assertThat(outcomes.get(2).args()).containsExactly(15, "Lao động tiên tiến", 1L, 0L, 1L);
  }

  @Test
  void aWorkerHiredInJuneHasNotWorkedTenMonths() {
    RuleOutcome outcome = eligibility.check(aPerson("LDTT", 1, hung, 2024)).get(0);

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.args()).containsExactly(7L, 10, 2024, "01/06/2024");
  }

  @Test
  void checksACollectiveAgainstItsDeclaredFacts() {
    List<RuleOutcome> outcomes =
        eligibility.check(
            new NomineeCase(
                "TTLDXS",
                1,
                null,
                factory,
                2024,
                factory,
                district,
                new CollectiveFacts(100, false),
                Set.of(),
                RoundContext.NONE));

    assertThat(outcomes)
        .extracting(RuleOutcome::messageKey, RuleOutcome::passed)
        .containsExactly(
            tuple("honours.rule.tasks.pass", true),
            tuple("honours.rule.share.fail", false),
            tuple("honours.rule.holders.fail", false),
            tuple("honours.rule.discipline.pass", true));
    assertThat(outcomes.get(1).args()).containsExactly("Lao động tiên tiến", 1L, 2L, 50L, 70);
  }

  @Test
  void refusesAnUnknownNomineeAndATitleForTheWrongKind() {
    assertThatThrownBy(() -> eligibility.check(aPerson("LDTT", 1, -3, 2024)))
        .hasFieldOrPropertyWithValue("kind", DomainException.Kind.NOT_FOUND)
        .hasFieldOrPropertyWithValue("messageKey", "honours.person.notFound");
    assertThatThrownBy(() -> eligibility.check(aPerson("TTLDXS", 1, mai, 2024)))
        .hasFieldOrPropertyWithValue("messageKey", "honours.recipient.notAllowed.INDIVIDUAL");
    assertThatThrownBy(() -> eligibility.check(aPerson("CNG", 5, mai, 2024)))
        .hasFieldOrPropertyWithValue("messageKey", "honours.grade.unknown");
  }

  @Test
  void anOfficerChecksAWorkerThroughTheApiInVietnamese() {
    String body =
        """
        {"honourCode": "BK_TLD", "personId": %d, "year": 2024}
        """
            .formatted(mai);

    assertThat(
            mvc.post()
                .uri("/api/eligibility/check")
                .with(Users.as(Role.OFFICER, factory))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.outcomes[0].message")
        .isEqualTo("Đạt Lao động tiên tiến 2 năm liên tục (2023–2024).");
    assertThat(
            mvc.post()
                .uri("/api/eligibility/check")
                .with(Users.as(Role.OFFICER, fixtures.province("Tỉnh khác xét điều kiện")))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void theCheckPageListsWhatPassesAndWhatFails() {
    assertThat(
            mvc.get()
                .uri("/people/{id}/eligibility?honour=CSTDCS:1&year=2024", mai)
                .with(Users.as(Role.OFFICER, district)))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Chưa đạt điều kiện",
            "Đã đạt Lao động tiên tiến năm 2024.",
            "Vượt tỷ lệ: không quá 15% của 1 người đạt Lao động tiên tiến là 0 người");
  }

  @Test
  void aNationalAdministratorAddsEditsAndRetiresARule() {
    SignedInUser admin = Users.user(Role.ADMIN, fixtures.nationalUnitId());
    String code = "R_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    mvc.post()
        .uri("/api/honours")
        .with(Users.as(admin))
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"kind": "TITLE", "code": "%s", "name": "Người thợ tận tụy", "recipients": ["INDIVIDUAL"],
             "scope": "COMPREHENSIVE",
             "grades": [{"grade": 1, "name": "Người thợ tận tụy", "grantingLevelCode": "GRASSROOTS"}]}
            """
                .formatted(code))
        .assertThat()
        .hasStatus(HttpStatus.CREATED);

    assertThat(
            mvc.post()
                .uri("/api/honours/{code}/rules", code)
                .with(Users.as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"kind": "CONSECUTIVE_YEARS", "params": {"honourCode": "LDTT", "years": 3}}
                    """))
        .hasStatus(HttpStatus.CREATED)
        .bodyJson()
        .extractingPath("$.sentence")
        .isEqualTo("Đạt Lao động tiên tiến 3 năm liên tục");
    long ruleId = rules.rulesOf(code).get(0).id();

    assertThat(
            mvc.put()
                .uri("/api/honours/{code}/rules/{id}", code, ruleId)
                .with(Users.as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"params": {"honourCode": "LDTT", "years": 2}, "active": false, "version": 0}
                    """))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.rule.active")
        .isEqualTo(false);
    assertThat(eligibility.check(aPerson(code, 1, mai, 2024))).isEmpty();
    assertThat(
            mvc.put()
                .uri("/api/honours/{code}/rules/{id}", code, ruleId)
                .with(Users.as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"params": {"honourCode": "LDTT", "years": 4}, "version": 0}
                    """))
        .hasStatus(HttpStatus.CONFLICT);
    assertThat(
            mvc.post()
                .uri("/api/honours/{code}/rules", code)
                .with(Users.as(admin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"kind": "MINIMUM_EMPLOYMENT", "params": {"months": 0}}
                    """))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("“Số tháng công tác tối thiểu” phải từ 1 đến 600.");
    assertThat(
            mvc.post()
                .uri("/api/honours/{code}/rules", code)
                .with(Users.as(Role.ADMIN, province))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"kind": "MINIMUM_EMPLOYMENT", "params": {"months": 12}}
                    """))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void theHonoursPageReadsItsRulesAsSentences() {
    assertThat(mvc.get().uri("/honours/CSTDCS").with(Users.as(Role.VIEWER, factory)))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Chỉ xét trong số đã đạt Lao động tiên tiến cùng năm",
            "Không quá 15% số người đạt Lao động tiên tiến của đơn vị đề nghị",
            "Công tác ít nhất 12 tháng tính đến hết năm xét");
    assertThat(mvc.get().uri("/honours/TTLDXS").with(Users.as(Role.VIEWER, factory)))
        .bodyText()
        .contains(
            "Tập thể: 100% hoàn thành nhiệm vụ; ít nhất 70% đạt Lao động tiên tiến; ít nhất 1 người"
                + " đạt Chiến sĩ thi đua cơ sở; không có ai bị kỷ luật");
  }

  @Test
  void anAdministratorAddsARuleThroughItsForm() {
    SignedInUser admin = Users.user(Role.ADMIN, fixtures.nationalUnitId());
    assertThat(mvc.get().uri("/honours/LDG/rules/new?kind=SHARE_CAP").with(Users.as(admin)))
        .hasStatusOk()
        .bodyText()
        .contains("Tỷ lệ tối đa (%)", "Tính trên số người đạt");
    assertThat(mvc.get().uri("/honours/LDG/rules/new").with(Users.as(admin)))
        .hasStatusOk()
        .bodyText()
        .contains("Thành tích sáng kiến", "Một thành tích, một lần khen");
  }

  @Test
  void theCollectiveCheckPageWeighsTheDeclaredFacts() {
    assertThat(
            mvc.get()
                .uri(
                    "/units/{id}/eligibility?honour=TTLDXS:1&year=2024&tasksCompletedPercent=100"
                        + "&anyoneDisciplined=false",
                    factory)
                .with(Users.as(Role.OFFICER, district)))
        .hasStatusOk()
        .bodyText()
        .contains(
            "100% hoàn thành nhiệm vụ (yêu cầu 100%).",
            "Chỉ 1 trên 2 người (50%) đạt Lao động tiên tiến, yêu cầu ít nhất 70%.",
            "Không có ai bị kỷ luật.");
  }

  @Test
  void anAdministratorEditsASeededRuleOnItsForm() {
    SignedInUser admin = Users.user(Role.ADMIN, fixtures.nationalUnitId());
    HonourRuleView cap =
        rules.rulesOf("CSTDCS").stream()
            .filter(r -> r.kind() == RuleKind.SHARE_CAP)
            .findFirst()
            .orElseThrow();

    assertThat(mvc.get().uri("/honours/CSTDCS/rules/{id}/edit", cap.id()).with(Users.as(admin)))
        .hasStatusOk()
        .bodyText()
        .contains("Tỷ lệ tối đa (%)", "Lao động tiên tiến");
    assertThat(
            mvc.post()
                .uri("/honours/CSTDCS/rules/{id}/edit", cap.id())
                .with(Users.as(admin))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("kind", "SHARE_CAP")
                .param("p_percent", "150")
                .param("p_ofHonourCode", "LDTT")
                .param("active", "true")
                .param("version", String.valueOf(cap.version())))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("“Tỷ lệ tối đa (%)” phải từ 1 đến 100.");
    assertThat(rules.rule("CSTDCS", cap.id()).params()).containsEntry("percent", 15);
  }
}
