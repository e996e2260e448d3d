package vn.thidua.initiative.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class InitiativePagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  long district;
  long school;
  long teacher;
  long nurse;

  @BeforeEach
  void units() {
    district =
        fixtures.unit(
            fixtures.province("LĐLĐ tỉnh trang sáng kiến"), "LĐLĐ huyện trang", "DISTRICT");
    school = fixtures.grassroots(district, "Công đoàn Trường Tiểu học Hoa Sen");
    teacher = person(school, "Lương Thị Cúc");
    nurse = person(school, "Kiều Văn Đức");
  }

  long person(long unit, String name) {
    return people.register(
        new NewPerson(
            unit, name, Gender.FEMALE, 1988, "Giáo viên", true, false, LocalDate.of(2011, 8, 15)));
  }

  long saved(String title) {
    return jdbc.sql("select id from initiative where unit_id = :u and title = :t")
        .param("u", school)
        .param("t", title)
        .query(Long.class)
        .single();
  }

  @Test
  void aWorkerSubmitsThroughTheFormAndFollowsTheStatus() {
    SignedInUser worker = Users.user(Role.VIEWER, school);
    assertThat(mvc.get().uri("/initiatives/new").with(Users.as(worker)))
        .hasStatusOk()
        .bodyText()
        .contains("Nộp sáng kiến", "Công đoàn Trường Tiểu học Hoa Sen", "Tìm người lao động")
        .doesNotContain("name=\"submittedOn\"");

    assertThat(
            mvc.post()
                .uri("/initiatives/new")
                .with(Users.as(worker))
                .with(csrf())
                .param("unitId", String.valueOf(school))
                .param("title", "Bảng chữ cái nam châm")
                .param("summary", "Học sinh ghép vần trên bảng nam châm.")
                .param("field", "EDUCATION")
                .param("appliedOn", "05/09/2023")
                .param("benefitDescription", "Học sinh lớp 1 đọc nhanh hơn")
                .param("authorIds", String.valueOf(teacher), String.valueOf(nurse))
                .param("name_" + teacher, "Lương Thị Cúc")
                .param("share_" + teacher, "66,67")
                .param("name_" + nurse, "Kiều Văn Đức")
                .param("share_" + nurse, "33,33"))
        .hasStatus(HttpStatus.FOUND)
        .redirectedUrl()
        .startsWith("/initiatives/");

    long id = saved("Bảng chữ cái nam châm");
    assertThat(mvc.get().uri("/initiatives/mine").with(Users.as(worker)))
        .hasStatusOk()
        .bodyText()
        .contains("Bảng chữ cái nam châm", "Đang xét cấp cơ sở");
    assertThat(mvc.get().uri("/initiatives/{id}", id).with(Users.as(worker)))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Lương Thị Cúc", "66,67 %", "Học sinh lớp 1 đọc nhanh hơn", "Quá trình xét công nhận")
        .doesNotContain("Ghi nhận kết quả", "Gửi phiếu chấm");
  }

  @Test
  void keepsWhatTheOfficerTypedWhenTheFormIsRefused() {
    assertThat(
            mvc.post()
                .uri("/initiatives/new")
                .with(Users.as(Role.OFFICER, district))
                .with(csrf())
                .param("unitId", String.valueOf(school))
                .param("title", "Sổ tay điện tử cho giáo viên")
                .param("summary", "Tóm tắt")
                .param("field", "EDUCATION")
                .param("appliedOn", "05/09/2023")
                .param("benefitVnd", "khoảng mười triệu")
                .param("authorIds", String.valueOf(teacher))
                .param("name_" + teacher, "Lương Thị Cúc")
                .param("share_" + teacher, "100")
                .param("reason_" + teacher, "Giáo viên, tổ trưởng"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains(
            "Giá trị làm lợi «khoảng mười triệu» không phải là số tiền",
            "value=\"Sổ tay điện tử cho giáo viên\"",
            "value=\"khoảng mười triệu\"",
            "value=\"Giáo viên, tổ trưởng\"",
            "Lương Thị Cúc");

    assertThat(
            mvc.post()
                .uri("/initiatives/new")
                .with(Users.as(Role.OFFICER, district))
                .with(csrf())
                .param("unitId", String.valueOf(school))
                .param("title", "Sổ tay điện tử cho giáo viên")
                .param("summary", "Tóm tắt")
                .param("field", "EDUCATION")
                .param("appliedOn", "31/02/2023")
                .param("authorGroup", "Tổ Toán"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Ngày áp dụng: «31/02/2023» không phải là ngày hợp lệ");
    assertThat(
            jdbc.sql("select count(*) from initiative where unit_id = :u")
                .param("u", school)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void warnsOfACloseTitleAndSavesOnceConfirmed() {
    var officer = Users.as(Role.OFFICER, school);
    post("Góc thư viện xanh", false, officer).hasStatus(HttpStatus.FOUND);

    post("Goc thu vien xanh!", false, officer)
        .hasStatus(HttpStatus.CONFLICT)
        .bodyText()
        .contains("Đơn vị đã có sáng kiến có tên rất gần", "Đây là sáng kiến khác, vẫn lưu");
    post("Goc thu vien xanh!", true, officer).hasStatus(HttpStatus.FOUND);

    assertThat(
            mvc.get()
                .uri("/initiatives/similar?unitId={u}&title=goc thu vien", school)
                .header("HX-Request", "true")
                .with(officer))
        .hasStatusOk()
        .bodyText()
        .contains("Tên gần giống sáng kiến đã có", "Góc thư viện xanh")
        .doesNotContain("<html");
  }

  @Test
  void findsWorkersForTheAuthorListWithoutDiacritics() {
    assertThat(
            mvc.get()
                .uri("/initiatives/authors?q=luong thi cuc")
                .header("HX-Request", "true")
                .with(Users.as(Role.VIEWER, school)))
        .hasStatusOk()
        .bodyText()
        .contains("Lương Thị Cúc", "/initiatives/author-row?personId=" + teacher);
    assertThat(
            mvc.get()
                .uri("/initiatives/author-row?personId={p}", teacher)
                .with(Users.as(Role.VIEWER, school)))
        .hasStatusOk()
        .bodyText()
        .contains("name=\"share_" + teacher + "\"", "Bỏ Lương Thị Cúc khỏi danh sách tác giả");
  }

  @Test
  void answersNotFoundForAnotherProvincesWorkerOrUnit() {
    var stranger = Users.as(Role.OFFICER, fixtures.province("Tỉnh xa trang"));
    assertThat(mvc.get().uri("/initiatives/author-row?personId={p}", teacher).with(stranger))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/initiatives/similar?unitId={u}&title=x", school).with(stranger))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/initiatives/new?unitId={u}", school).with(stranger))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/initiatives/authors?q=luong thi cuc").with(stranger))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Lương Thị Cúc");
  }

  @Test
  void aCouncilMemberScoresAndTheOfficerDecidesOnTheInitiativesPage() {
    post("Lịch trực nhật bằng mã màu", false, Users.as(Role.OFFICER, school))
        .hasStatus(HttpStatus.FOUND);
    long id = saved("Lịch trực nhật bằng mã màu");
    SignedInUser member = Users.user(Role.COUNCIL_MEMBER, school);

    assertThat(mvc.get().uri("/initiatives/{id}", id).with(Users.as(member)))
        .hasStatusOk()
        .bodyText()
        .contains("Chấm điểm cấp cơ sở", "Tính mới, sáng tạo của giải pháp (0–30)");
    assertThat(
            mvc.post()
                .uri("/initiatives/{id}/score", id)
                .with(Users.as(member))
                .with(csrf())
                .param("level", "GRASSROOTS")
                .param("points", "25", "40", "30")
                .param("approve", "true"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Điểm tiêu chí «Khả năng áp dụng, nhân rộng» phải là số nguyên từ 0 đến 30");
    assertThat(
            mvc.post()
                .uri("/initiatives/{id}/score", id)
                .with(Users.as(member))
                .with(csrf())
                .param("level", "GRASSROOTS")
                .param("points", "25", "20", "30")
                .param("approve", "true"))
        .hasStatus(HttpStatus.FOUND);

    var officer = Users.as(Role.OFFICER, school);
    assertThat(
            mvc.post()
                .uri("/initiatives/{id}/decide", id)
                .with(officer)
                .with(csrf())
                .param("level", "GRASSROOTS")
                .param("recognised", "false")
                .param("decidedOn", today())
                .param("version", "0"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Hãy ghi lý do không công nhận.");
    assertThat(
            mvc.post()
                .uri("/initiatives/{id}/decide", id)
                .with(officer)
                .with(csrf())
                .param("level", "GRASSROOTS")
                .param("recognised", "true")
                .param("decidedOn", today())
                .param("decisionNumber", "07/QĐ-CĐ")
                .param("minutes", "Hội đồng nhất trí.")
                .param("version", "0"))
        .hasStatus(HttpStatus.FOUND);

    assertThat(mvc.get().uri("/initiatives/{id}", id).with(officer))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Được công nhận cấp cơ sở",
            "Điểm bình quân 75,00/100; 1 đồng ý, 0 không đồng ý.",
            "số 07/QĐ-CĐ",
            "Hội đồng nhất trí.",
            "Đề nghị xét công nhận cấp trên trực tiếp cơ sở");
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResultAssert post(
      String title,
      boolean confirm,
      org.springframework.test.web.servlet.request.RequestPostProcessor who) {
    var request =
        mvc.post()
            .uri("/initiatives/new")
            .with(who)
            .with(csrf())
            .param("unitId", String.valueOf(school))
            .param("title", title)
            .param("summary", "Tóm tắt")
            .param("field", "EDUCATION")
            .param("appliedOn", "05/09/2023")
            .param("benefitVnd", "3.500.000")
            .param("authorGroup", "Tổ khối 1");
    if (confirm) {
      request = request.param("confirmDuplicate", "true");
    }
    return assertThat(request.exchange());
  }

  private static String today() {
    return vn.thidua.shared.time.Dates.format(
        LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
  }
}
