package vn.thidua.audit.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.audit.ChangeAnnouncer;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.BrowserTest;
import vn.thidua.testing.TestAccount;

class AuditBrowserTests extends BrowserTest {

  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  private AuditScenario scenario;
  private TestAccount officer;

  @BeforeEach
  void recordChanges() {
    scenario = AuditScenario.recordedWith(fixtures, new ChangeAnnouncer(events, transactions));
    officer = createAccount(Role.OFFICER, scenario.province());
  }

  @Test
  void filtersTheLogAndShowsAChangeSideBySide() {
    signIn(officer);
    page.navigate("/audit");
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nhật ký thay đổi")))
        .isVisible();

    page.getByLabel("Loại đối tượng").fill(scenario.entityType());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc").setExact(true))
        .click();

    assertThat(page).hasURL(Pattern.compile(".*entityType=" + scenario.entityType() + ".*"));
    Locator results = page.locator("#audit-results");
    assertThat(results).containsText("Có 1 bản ghi");
    assertThat(results).containsText("#in-grassroots");
    assertThat(results).not().containsText("#in-other-province");

    Locator show =
        page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem 1 trường thay đổi"));
    show.click();
    assertThat(show).hasAttribute("aria-expanded", "true");
    Locator diff = page.locator("table.audit-diff");
    assertThat(diff).isVisible();
    assertThat(diff.locator("tbody tr")).hasCount(1);
    assertThat(diff.locator("tbody tr td").first()).hasText("Tên cũ");
    assertThat(diff.locator("tbody tr td").last()).hasText("Tên mới");
    screenshot("desktop");

    page.setViewportSize(390, 844);
    assertThat(diff).isVisible();
    screenshot("phone");
  }

  @Test
  void explainsABadDateNextToTheFilters() {
    signIn(officer);
    page.navigate("/audit");

    page.getByLabel("Từ ngày").fill("32/01/2025");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc").setExact(true))
        .click();

    assertThat(page.getByRole(AriaRole.ALERT)).containsText("Từ ngày không phải là ngày hợp lệ");
    screenshot("bad-date");
  }
}
