package vn.thidua.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.BrowserTest;

class ReviewBrowserTests extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void opensTheDistrictsHalfYearReviewFromItsPage() {
    long btl = jdbc.sql("select id from org_unit where code = 'HN-BTL'").query(Long.class).single();
    signIn(createAccount(Role.VIEWER, btl));
    page.navigate("/units/" + btl);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sơ kết, tổng kết")).click();

    page.getByLabel("Loại báo cáo").selectOption("HALF_YEAR");
    page.getByLabel("Năm").fill("2020");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();

    assertThat(page.locator("#review-period")).containsText("Sơ kết 6 tháng: từ 01/01/2020");
    assertThat(page.locator("#review-organisation")).containsText("9.815");
    assertThat(page.locator("#review-breakdown")).containsText("Ban Quản lý chợ phường Đông Ngạc");
    screenshot("1-half-year");
    page.setViewportSize(390, 844);
    screenshot("2-on-a-phone");

    page.setViewportSize(1280, 800);
    page.getByLabel("Loại báo cáo").selectOption("YEAR");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
    assertThat(page.locator("#review-honours-titles")).containsText("Công nhân giỏi cấp quận");
    assertThat(page.locator("#review-honours-awards")).containsText("Giấy khen");
    assertThat(page.locator("#review-honour-tables")).containsText("Tập thể");
    screenshot("3-year-with-honours");
  }

  @Test
  void breaksTheReviewDownBySectorAndOpensTheRecordsBehindAFigure() {
    long btl = jdbc.sql("select id from org_unit where code = 'HN-BTL'").query(Long.class).single();
    signIn(createAccount(Role.VIEWER, btl));
    // the district's whole year is the heaviest review of the demo: give it time on a busy machine
    page.setDefaultTimeout(60_000);
    page.navigate("/units/" + btl + "/review?kind=YEAR&year=2020");
    page.locator("#review-by")
        .getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Theo ngành"))
        .click();

    assertThat(page.locator("#review-breakdown"))
        .containsText("Trường học", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
    screenshot("3-by-sector");
    page.locator("#review-breakdown a[href*='figure=organisation.grassrootsUnits']")
        .first()
        .click();

    assertThat(page.locator("#records-scope"))
        .containsText("Phạm vi:", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
    assertThat(page.locator("#records tbody tr").first()).isVisible();
    screenshot("4-records-of-a-figure");
  }
}
