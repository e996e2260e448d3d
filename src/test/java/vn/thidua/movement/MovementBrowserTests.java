package vn.thidua.movement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.time.Dates;
import vn.thidua.testing.BrowserTest;
import vn.thidua.testing.TestAccount;

class MovementBrowserTests extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void launchesAMovementWithTwoPhasesAndSeesItOnAParticipantsPage() {
    long province = fixtures.province("Tỉnh trình duyệt");
    long district = fixtures.unit(province, "LĐLĐ huyện trình duyệt", "DISTRICT");
    long school = fixtures.grassroots(district, "Công đoàn Trường Mầm non Hoa Sen");
    String name = "Thi đua dạy tốt, học tốt " + UUID.randomUUID().toString().substring(0, 6);
    LocalDate start = LocalDate.now().minusDays(5);
    LocalDate middle = start.plusDays(90);
    LocalDate end = start.plusDays(200);

    signIn(createAccount(Role.OFFICER, district));
    page.navigate("/movements");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phát động phong trào mới"))
        .click();
    page.getByLabel("Tên phong trào").fill(name);
    page.getByLabel("Loại phong trào").selectOption("THEMATIC");
    page.getByLabel("Chủ đề", new Page.GetByLabelOptions().setExact(true))
        .fill("Đổi mới, sáng tạo trong dạy và học");
    page.locator("#startsOn").fill(Dates.format(start));
    page.locator("#endsOn").fill(Dates.format(end));
    page.getByLabel("Hạn đăng ký thi đua").fill(Dates.format(start.plusDays(25)));
    page.locator("#phase-start-0").fill(Dates.format(start));
    page.locator("#phase-end-0").fill(Dates.format(middle));
    page.locator("#phase-theme-0").fill("Thi đua chào mừng ngày Nhà giáo Việt Nam");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm đợt")).click();

    assertThat(page.locator("#phase-start-1")).isVisible();
    assertThat(page.getByLabel("Tên phong trào")).hasValue(name);
    page.locator("#phase-start-1").fill(Dates.format(middle.plusDays(1)));
    page.locator("#phase-end-1").fill(Dates.format(end));
    page.locator("#phase-theme-1").fill("Thi đua hoàn thành nhiệm vụ năm học");
    page.getByLabel("Mục tiêu").fill("Nâng cao chất lượng dạy và học");
    page.locator("#criterion-name-0").fill("Giáo viên dạy giỏi cấp huyện");
    page.locator("#criterion-uom-0").fill("người");
    page.locator("#criterion-target-0").fill("5");
    page.locator("#criterion-weight-0").fill("100");
    page.getByLabel("Lao động tiên tiến (cá nhân)", new Page.GetByLabelOptions().setExact(true))
        .check();
    page.getByLabel("Tất cả Công đoàn cơ sở trực thuộc").check();
    screenshot("1-form-with-two-phases");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu bản nháp"))
        .first()
        .click();

    assertThat(page.locator("#movement-name")).hasText(name);
    assertThat(page.locator("#phases li")).hasCount(2);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Phát động")).click();
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã phát động phong trào");
    screenshot("2-launched");

    page.locator("form[action$='/logout'] button").click();
    TestAccount teacher = createAccount(Role.OFFICER, school);
    signIn(teacher);
    page.navigate("/units/" + school);
    assertThat(page.locator("#unit-movements")).containsText(name);
    screenshot("3-on-the-participants-page");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
    assertThat(page.locator("#my-registrations")).containsText("Công đoàn Trường Mầm non Hoa Sen");
  }

  @Test
  void readsTheDemoRankingOnAPhone() {
    long zone =
        jdbc.sql("select id from org_unit where code = 'HN-KCN'").query(Long.class).single();
    page.setViewportSize(390, 844);
    signIn(createAccount(Role.OFFICER, zone));
    page.navigate("/movements?q=sang tao nam 2023");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Lao động giỏi, lao động sáng tạo năm 2023"))
        .click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chấm điểm, xếp hạng"))
        .first()
        .click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đợt 2")).click();

    assertThat(page.locator("#cluster-rankings")).containsText("Cụm thi đua số 1");
    assertThat(page.locator("#scores")).containsText("Đạt giải Nhì Hội thi");
    screenshot("4-ranking-on-a-phone");
  }
}
