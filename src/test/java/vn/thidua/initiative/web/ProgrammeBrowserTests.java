package vn.thidua.initiative.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.BrowserTest;

/** The demo's "1 triệu sáng kiến" programme as a city officer and as anyone on a phone sees it. */
class ProgrammeBrowserTests extends BrowserTest {

  @Autowired JdbcClient jdbc;

  long unit(String code) {
    return jdbc.sql("select id from org_unit where code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  @Test
  void aCityOfficerDrillsDownFromTheCityToTheDistrictsAchievement() {
    signIn(createAccount(Role.OFFICER, unit("HN")));
    page.navigate("/initiatives/programmes");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Chương trình «1 triệu sáng kiến» giai đoạn 2019–2023"))
        .click();

    assertThat(page.locator("h2").first()).containsText("Liên đoàn Lao động thành phố Hà Nội");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Liên đoàn Lao động quận Bắc Từ Liêm"))
        .click();

    assertThat(page.locator("[data-figure=target]")).hasText("1.500");
    assertThat(page.locator("[data-figure=recognised]")).hasText("914");
    assertThat(page.locator("[data-figure=percent]")).hasText("60,9 %");
    screenshot("district");

    page.getByLabel("Tính các sáng kiến được công nhận từ").selectOption("DISTRICT");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
    assertThat(page.locator("[data-figure=authors]")).hasText("53");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Theo khối")).click();
    assertThat(page.locator("#standings")).containsText("Doanh nghiệp");
    screenshot("sectors");
  }

  @Test
  void anyoneSeesThePublicLeaderboardOnAPhone() {
    page.setViewportSize(390, 844);
    page.navigate("/board");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Chương trình «1 triệu sáng kiến» giai đoạn 2019–2023"))
        .click();

    assertThat(page.locator("#standings")).containsText("Liên đoàn Lao động thành phố Hà Nội");
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng xuất")))
        .hasCount(0);
    screenshot("phone");
  }
}
