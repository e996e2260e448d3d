package vn.thidua.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.BrowserTest;

class UnitBrowserTests extends BrowserTest {

  @Test
  void findsBacTuLiemAndSeesItsRollUpAsOfSeptember2020() {
    signIn(account);
    page.navigate("/units");
    page.getByLabel("Tìm đơn vị").fill("lien doan lao dong quan bac tu liem");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Liên đoàn Lao động quận Bắc Từ Liêm"))
        .click();

    assertThat(page.locator("#unit-name")).hasText("Liên đoàn Lao động quận Bắc Từ Liêm");
    page.getByLabel("Tính đến ngày").fill("30/09/2020");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();

    assertThat(page.locator("[data-figure=grassroots]")).hasText("248");
    assertThat(page.locator("[data-figure=workers]")).hasText("9.815");
    assertThat(page.locator("[data-figure=members]")).hasText("9.367");
    screenshot("1-bac-tu-liem-2020");

    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Trường Tiểu học Đông Ngạc A"))
        .click();
    assertThat(page.locator("#unit-name")).hasText("Trường Tiểu học Đông Ngạc A");
    assertThat(page.getByLabel("Tính đến ngày")).hasValue("30/09/2020");
    assertThat(page.locator("[data-figure=grassroots]")).hasText("1");
  }

  @Test
  void readsWellOnAPhone() {
    page.setViewportSize(390, 844);
    signIn(account);
    page.navigate("/units?q=dong+ngac");
    assertThat(
            page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Trường Tiểu học Đông Ngạc A")))
        .isVisible();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Công đoàn phường Đông Ngạc"))
        .click();
    assertThat(page).hasURL(Pattern.compile(".*/units/\\d+$"));
    assertThat(page.locator("[data-figure=grassroots]")).isVisible();
    screenshot("2-ward-on-a-phone");
  }
}
