package vn.thidua.initiative.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class InitiativeApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  long province;
  long factory;
  long an;
  long binh;

  @BeforeEach
  void units() {
    province = fixtures.province("LĐLĐ tỉnh API sáng kiến");
    factory = fixtures.grassroots(province, "Công đoàn Nhà máy điện API");
    an = person("Võ Văn An");
    binh = person("Hồ Thị Bình");
  }

  long person(String name) {
    return people.register(
        new NewPerson(
            factory,
            name,
            Gender.MALE,
            1980,
            "Kỹ thuật viên",
            true,
            true,
            LocalDate.of(2005, 1, 3)));
  }

  MvcTestResult submit(String body) {
    return mvc.post()
        .uri("/api/initiatives")
        .with(Users.as(Role.OFFICER, province))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  String initiative(String title, String authors) {
    return """
        {"unitId": %d, "title": "%s", "summary": "Nội dung", "field": "TECHNOLOGY",
         "appliedOn": "2024-02-01", "benefitVnd": 1000000, %s}
        """
        .formatted(factory, title, authors);
  }

  @Test
  void refusesSharesThatDoNotAddUpAndSavesNothing() {
    assertThat(
            submit(
                initiative(
                    "Bộ đếm điện năng từng tổ",
                    """
                    "authors": [{"personId": %d, "share": 60}, {"personId": %d, "share": 30}]
                    """
                        .formatted(an, binh))))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .isEqualTo("Tổng tỷ lệ đóng góp của các tác giả phải bằng 100 % (hiện là 90 %).");
    assertThat(count()).isZero();
  }

  @Test
  void refusesABenefitThatIsNotANumber() {
    assertThat(
            submit(
                """
                {"unitId": %d, "title": "Sơ đồ đi dây mới", "summary": "Nội dung", "field": "TECHNOLOGY",
                 "appliedOn": "2024-02-01", "benefitVnd": "mười triệu", "authorGroup": "Tổ điện"}
                """
                    .formatted(factory)))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("không đúng định dạng");
    assertThat(count()).isZero();
  }

  @Test
  void answersAPossibleDuplicateWithTheSimilarTitles() {
    submit(initiative("Thay đèn cao áp bằng đèn LED", "\"authorGroup\": \"Tổ điện\""))
        .assertThat()
        .hasStatus(HttpStatus.CREATED);

    assertThat(submit(initiative("Thay den cao ap bang den led", "\"authorGroup\": \"Tổ điện\"")))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .satisfies(
            json -> {
              json.assertThat()
                  .extractingPath("$.detail")
                  .asString()
                  .contains(
                      "Đơn vị đã có sáng kiến có tên rất gần: «Thay đèn cao áp bằng đèn LED»");
              json.assertThat()
                  .extractingPath("$.similar[0].title")
                  .isEqualTo("Thay đèn cao áp bằng đèn LED");
            });
    assertThat(
            submit(
                initiative(
                    "Thay den cao ap bang den led",
                    "\"authorGroup\": \"Tổ điện\", \"confirmDuplicate\": true")))
        .hasStatus(HttpStatus.CREATED);
    assertThat(count()).isEqualTo(2);
  }

  @Test
  void changesAnInitiativeOnlyOnTheVersionItWasRead() {
    MvcTestResult created =
        submit(initiative("Tủ sấy linh kiện", "\"authors\": [{\"personId\": %d}]".formatted(an)));
    assertThat(created).hasStatus(HttpStatus.CREATED);
    long id =
        jdbc.sql("select id from initiative where unit_id = :u")
            .param("u", factory)
            .query(Long.class)
            .single();

    String change =
        """
        {"title": "Tủ sấy linh kiện điện tử", "summary": "Nội dung mới", "field": "TECHNOLOGY",
         "appliedOn": "2024-02-01", "benefitVnd": 2000000,
         "authors": [{"personId": %d, "share": 50}, {"personId": %d, "share": 50}], "version": %d}
        """;
    assertThat(
            mvc.put()
                .uri("/api/initiatives/{id}", id)
                .with(Users.as(Role.OFFICER, factory))
                .contentType(MediaType.APPLICATION_JSON)
                .content(change.formatted(an, binh, 0)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.authors[1].fullName")
        .isEqualTo("Hồ Thị Bình");
    assertThat(
            mvc.put()
                .uri("/api/initiatives/{id}", id)
                .with(Users.as(Role.OFFICER, factory))
                .contentType(MediaType.APPLICATION_JSON)
                .content(change.formatted(an, binh, 0)))
        .hasStatus(HttpStatus.CONFLICT);
    assertThat(
            mvc.put()
                .uri("/api/initiatives/{id}", id)
                .with(Users.as(Role.VIEWER, factory))
                .contentType(MediaType.APPLICATION_JSON)
                .content(change.formatted(an, binh, 1)))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void hidesTheInitiativesOfOtherProvinces() {
    submit(initiative("Máy bóc vỏ dây điện", "\"authorGroup\": \"Tổ điện\""))
        .assertThat()
        .hasStatus(HttpStatus.CREATED);
    long other = fixtures.province("Tỉnh không liên quan");

    assertThat(
            mvc.get()
                .uri("/api/initiatives?q=may boc vo day")
                .with(Users.as(Role.OFFICER, province)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.total")
        .asNumber()
        .isEqualTo(1);
    assertThat(
            mvc.get().uri("/api/initiatives?q=may boc vo day").with(Users.as(Role.OFFICER, other)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.total")
        .asNumber()
        .isEqualTo(0);
    assertThat(
            mvc.get()
                .uri("/api/initiatives/similar?unitId={u}&title=x", factory)
                .with(Users.as(Role.OFFICER, other)))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  long count() {
    return jdbc.sql("select count(*) from initiative where unit_id = :u")
        .param("u", factory)
        .query(Long.class)
        .single();
  }
}
