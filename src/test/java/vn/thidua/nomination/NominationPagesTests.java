package vn.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
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

/** The pages of rounds and nominations, rendered and posted as a browser would. */
@IntegrationTest
class NominationPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired Honours honours;

  @Test
  void opensARoundNominatesAndShowsTheBoardTheDossierAndTheMinutes() {
    long province = fixtures.province("Tỉnh trang xét chọn");
    long district = fixtures.unit(province, "LĐLĐ huyện trang xét chọn", "DISTRICT");
    long factory = fixtures.grassroots(district, "Công đoàn Nhà máy trang xét chọn");
    long worker =
        people.register(
            new NewPerson(
                factory,
                "Kiều Thị Trang",
                Gender.FEMALE,
                1991,
                "Công nhân",
                true,
                true,
                LocalDate.of(2014, 2, 3)));
    honours.recordAwarded(
        List.of(
            new HonourAward("CNG", 1, Recipient.INDIVIDUAL, worker, null, 2025, factory, null)));
    SignedInUser districtOfficer = Users.user(Role.OFFICER, district);
    SignedInUser factoryOfficer = Users.user(Role.OFFICER, factory);

    assertThat(mvc.get().uri("/nominations/rounds/new").with(Users.as(districtOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Công nhân giỏi – Công nhân giỏi cấp quận");
    var opened =
        mvc.post()
            .uri("/nominations/rounds/new")
            .with(Users.as(districtOfficer))
            .with(csrf())
            .param("unitId", String.valueOf(district))
            .param("name", "Xét chọn trên trang 2025")
            .param("year", "2025")
            .param("deadline", "31/12/2099")
            .param("threshold", "SIMPLE_MAJORITY")
            .param("honour", "CNG/2")
            .exchange();
    assertThat(opened).hasStatus(HttpStatus.FOUND);
    String board = opened.getResponse().getRedirectedUrl();
    long round = Long.parseLong(board.substring(board.lastIndexOf('/') + 1));

    assertThat(mvc.get().uri(board + "/new").with(Users.as(factoryOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Báo cáo thành tích");
    assertThat(
            mvc.post()
                .uri(board + "/new")
                .with(Users.as(factoryOfficer))
                .with(csrf())
                .param("proposingUnitId", String.valueOf(factory))
                .param("honour", "CNG/2")
                .param("recipient", "INDIVIDUAL")
                .param("personId", String.valueOf(worker))
                .param("achievements", ""))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Nhập báo cáo thành tích");
    var saved =
        mvc.post()
            .uri(board + "/new")
            .with(Users.as(factoryOfficer))
            .with(csrf())
            .param("proposingUnitId", String.valueOf(factory))
            .param("honour", "CNG/2")
            .param("recipient", "INDIVIDUAL")
            .param("personId", String.valueOf(worker))
            .param("achievements", "Năng suất vượt định mức 15 %.")
            .exchange();
    assertThat(saved).hasStatus(HttpStatus.FOUND);
    String page = saved.getResponse().getRedirectedUrl();

    assertThat(mvc.get().uri(page).with(Users.as(factoryOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Kiều Thị Trang", "Bản nháp", "Đã đạt", "Gửi đề nghị");
    assertThat(mvc.get().uri(board).with(Users.as(districtOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Kiều Thị Trang", "Xét chọn trên trang 2025");
    assertThat(
            mvc.get()
                .uri(board)
                .param("q", "kieu thi")
                .header("HX-Request", "true")
                .with(Users.as(districtOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Kiều Thị Trang")
        .doesNotContain("<html");
    assertThat(mvc.get().uri(board + "/minutes").with(Users.as(districtOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Biên bản họp Hội đồng thi đua – khen thưởng", "Quá bán số phiếu");
    assertThat(mvc.get().uri(board + "/bulk-new").with(Users.as(factoryOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Kiều Thị Trang", "Nhập đề nghị từ tệp Excel");
    assertThat(mvc.get().uri("/nominations").with(Users.as(factoryOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Xét chọn trên trang 2025");
    assertThat(mvc.get().uri("/api/nomination-rounds/{id}", round).with(Users.as(factoryOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("\"reviewer\":false");
  }
}
