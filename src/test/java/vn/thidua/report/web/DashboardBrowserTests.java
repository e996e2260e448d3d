package vn.thidua.report.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.BrowserTest;

class DashboardBrowserTests extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void opensTheCitysDashboardAndReadsAChartAsATable() {
    long hanoi = jdbc.sql("select id from org_unit where code = 'HN'").query(Long.class).single();
    signIn(createAccount(Role.VIEWER, hanoi));
    page.navigate("/units/" + hanoi);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bảng điều khiển")).click();

    assertThat(page.locator("h1")).containsText("Bảng điều khiển");
    assertThat(page.locator("#dashboard-cards .figure-tile")).hasCount(8);
    // Chart.js has drawn: it sizes the canvas to its box
    page.waitForFunction(
        "() => window.Chart !== undefined"
            + " && Chart.getChart(document.getElementById('chart-organisation')) !== undefined");

    page.getByLabel("Chỉ tiêu hiển thị").focus();
    page.keyboard().press("ArrowDown");
    page.locator("#chart-breakdown-table")
        .locator("xpath=ancestor::details/summary")
        .press("Enter");
    assertThat(page.locator("#chart-breakdown-table")).isVisible();
    screenshot("1-dashboard");
    page.setViewportSize(390, 844);
    screenshot("2-on-a-phone");
  }
}
