package vn.thidua.movement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.time.Dates;
import vn.thidua.testing.BrowserTest;

class AgreementBrowserTests extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void draftsAnAgreementForASectorAndAMemberSignsItOnAPhone() {
    long province = fixtures.province("Tỉnh giao ước");
    long district = fixtures.unit(province, "LĐLĐ huyện giao ước", "DISTRICT");
    long factory = fixtures.grassroots(district, "Công đoàn Công ty Dệt Hòa Bình");
    long other = fixtures.grassroots(district, "Công đoàn Công ty Nhựa Tiền Phong");
    jdbc.sql(
            "update org_unit set sector_id = (select id from sector where code = 'DN')"
                + " where id in (:units)")
        .param("units", java.util.List.of(factory, other))
        .update();
    String title = "Giao ước khối doanh nghiệp " + UUID.randomUUID().toString().substring(0, 6);

    signIn(createAccount(Role.OFFICER, district));
    page.navigate("/units/" + district + "/agreements");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Soạn giao ước mới")).click();
    page.getByLabel("Tên giao ước").fill(title);
    page.getByLabel("Hạn ký").fill(Dates.format(AgreementApiTests.deadline()));
    page.getByLabel("Các Công đoàn cơ sở của một khối").check();
    page.getByLabel("Khối", new Page.GetByLabelOptions().setExact(true))
        .selectOption("Doanh nghiệp");
    page.getByLabel("Nội dung giao ước")
        .fill("Hoàn thành vượt mức kế hoạch năm.\nKhông để xảy ra tai nạn lao động.");
    screenshot("1-form");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
    assertThat(page.locator("#agreement-title")).hasText(title);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở ký kết")).click();
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã mở ký kết");
    assertThat(page.locator("#unsigned-list li")).hasCount(2);

    page.locator("form[action$='/logout'] button").click();
    page.setViewportSize(390, 844);
    signIn(createAccount(Role.OFFICER, factory));
    page.navigate("/notifications");
    assertThat(page.locator("#notification-list")).containsText(title);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở")).first().click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ký giao ước cho")).click();
    page.getByLabel("Người ký thay mặt đơn vị").fill("Nguyễn Thị Mai – Chủ tịch Công đoàn");
    screenshot("2-confirm-on-a-phone");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận ký")).click();

    assertThat(page.getByRole(AriaRole.STATUS)).containsText("đã ký giao ước");
    assertThat(page.locator("#signed-count")).hasText("1");
    assertThat(page.locator("#agreement-signatures")).containsText("Nguyễn Thị Mai");
    assertThat(page.locator("#agreement-sign")).hasCount(0);
    screenshot("3-signed");
  }
}
