package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
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
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class HonourHistoryTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired Honours honours;

  long province;
  long district;
  long school;
  long otherSchool;
  long thu;

  @BeforeEach
  void aTeacherInASchool() {
    province = fixtures.province("LĐLĐ tỉnh lịch sử khen");
    district = fixtures.unit(province, "LĐLĐ huyện lịch sử khen", "DISTRICT");
    school = fixtures.grassroots(district, "Công đoàn Trường Tiểu học");
    otherSchool = fixtures.grassroots(district, "Công đoàn Trường Mầm non");
    thu =
        people.register(
            new NewPerson(
                school,
                "Lê Thị Thu",
                Gender.FEMALE,
                1980,
                "Giáo viên",
                true,
                false,
                LocalDate.of(2005, 9, 1)));
  }

  String entry(String code, Integer grade, int year, long grantingUnit) {
    return """
        {"honourCode": "%s", "grade": %s, "year": %d, "grantingUnitId": %d}
        """
        .formatted(code, grade, year, grantingUnit);
  }

  @Test
  void aSchoolOfficerRecordsThatATeacherWasAnAdvancedWorkerIn2019() {
    assertThat(
            mvc.post()
                .uri("/api/people/{id}/honours", thu)
                .with(Users.as(Role.OFFICER, school))
                .contentType(MediaType.APPLICATION_JSON)
                .content(entry("LDTT", null, 2019, school)))
        .hasStatus(HttpStatus.CREATED)
        .bodyJson()
        .extractingPath("$.honourName")
        .isEqualTo("Lao động tiên tiến");

    assertThat(honours.heldByPerson(thu, 2019, 2019))
        .extracting(HonourHeld::honourCode, HonourHeld::decisionId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("LDTT", null));
    assertThat(mvc.get().uri("/people/{id}/honours", thu).with(Users.as(Role.VIEWER, district)))
        .hasStatusOk()
        .bodyText()
        .contains("Lê Thị Thu", "Lao động tiên tiến", "2019", "Ghi nhận từ trước")
        .doesNotContain("Ghi nhận danh hiệu, khen thưởng đã đạt");
  }

  @Test
  void recordsTheDistrictsGoodWorkerTitleThroughTheForm() {
    assertThat(
            mvc.post()
                .uri("/people/{id}/honours", thu)
                .with(Users.as(Role.OFFICER, district))
                .with(csrf())
                .param("honour", "CNG:2")
                .param("year", "2018")
                .param("grantingUnitId", String.valueOf(district)))
        .hasStatus(HttpStatus.FOUND);

    assertThat(honours.heldByPerson(thu, 2018, 2018))
        .extracting(HonourHeld::honourName, HonourHeld::grantingUnitId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Công nhân giỏi cấp quận", district));
  }

  @Test
  void refusesAGrantingUnitBesideTheHolder() {
    assertThat(
            mvc.post()
                .uri("/people/{id}/honours", thu)
                .with(Users.as(Role.OFFICER, district))
                .with(csrf())
                .param("honour", "LDTT:1")
                .param("year", "2019")
                .param("grantingUnitId", String.valueOf(otherSchool)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Đơn vị khen phải là đơn vị của người (tập thể) được khen hoặc đơn vị cấp trên.");
    assertThat(honours.heldByPerson(thu, 2019, 2019)).isEmpty();
  }

  @Test
  void refusesACollectiveTitleForAPersonInVietnamese() {
    assertThat(
            mvc.post()
                .uri("/api/people/{id}/honours", thu)
                .with(Users.as(Role.OFFICER, school))
                .contentType(MediaType.APPLICATION_JSON)
                .content(entry("TTLDXS", 1, 2019, district)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("“Tập thể lao động xuất sắc” không xét cho cá nhân, chỉ cho tập thể.");
  }

  @Test
  void recordsACollectivesOwnTitleAndHidesItFromOtherUnits() {
    assertThat(
            mvc.post()
                .uri("/api/units/{id}/honours", school)
                .with(Users.as(Role.OFFICER, district))
                .contentType(MediaType.APPLICATION_JSON)
                .content(entry("TTLDXS", 1, 2019, district)))
        .hasStatus(HttpStatus.CREATED);

    assertThat(mvc.get().uri("/api/units/{id}/honours", school).with(Users.as(Role.VIEWER, school)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[0].honourCode")
        .isEqualTo("TTLDXS");
    assertThat(
            mvc.get()
                .uri("/api/units/{id}/honours", school)
                .with(Users.as(Role.OFFICER, otherSchool)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/api/units/{id}/honours", school)
                .with(Users.as(Role.VIEWER, district))
                .contentType(MediaType.APPLICATION_JSON)
                .content(entry("TTLDTT", 1, 2019, district)))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void showsACollectivesHonoursWithTheFormToRecordOne() {
    honours.recordAwarded(
        List.of(
            new HonourAward("TTLDTT", 1, Recipient.COLLECTIVE, null, school, 2018, school, null)));

    assertThat(mvc.get().uri("/units/{id}/honours", school).with(Users.as(Role.OFFICER, district)))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Tập thể lao động tiên tiến",
            "2018",
            "Ghi nhận danh hiệu, khen thưởng đã đạt",
            "Tập thể lao động xuất sắc")
        .doesNotContain("Chiến sĩ thi đua cơ sở");
  }
}
