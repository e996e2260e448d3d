package vn.thidua.initiative.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.BrowserTest;
import vn.thidua.testing.TestAccount;

class InitiativeBrowserTests extends BrowserTest {

  @Autowired People people;

  long company;
  TestAccount worker;

  @BeforeEach
  void aWorkerOfACompany() {
    long province = fixtures.province("LĐLĐ tỉnh sáng kiến trình duyệt");
    company = fixtures.grassroots(province, "Công đoàn Công ty gạch men");
    worker = createAccount(Role.VIEWER, company);
    people.register(
        new NewPerson(
            company,
            "Đặng Văn Khéo",
            Gender.MALE,
            1984,
            "Thợ lò",
            true,
            true,
            LocalDate.of(2008, 6, 2)));
  }

  @Test
  void aWorkerSubmitsTheirOwnInitiativeAndFollowsIt() {
    signIn(worker);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thi đua").setExact(true))
        .click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sáng kiến").setExact(true))
        .click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp sáng kiến"))
        .first()
        .click();

    assertThat(page.locator("#chosen-unit")).containsText("Công đoàn Công ty gạch men");
    page.getByLabel("Tên sáng kiến").fill("Tận dụng nhiệt thải lò nung để sấy gạch mộc");
    page.getByLabel("Tóm tắt nội dung").fill("Dẫn khí nóng từ lò nung sang buồng sấy gạch mộc.");
    page.getByLabel("Lĩnh vực").selectOption(new SelectOption().setLabel("Sản xuất, kinh doanh"));
    page.getByLabel("Ngày áp dụng").fill("15/03/2024");
    page.getByLabel("Giá trị làm lợi (đồng)").fill("120.000.000");
    page.getByLabel("Tìm người lao động").pressSequentially("dang van kheo");
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm Đặng Văn Khéo làm tác giả"))
        .click();
    assertThat(page.getByLabel("Tỷ lệ đóng góp (%)")).isVisible();
    screenshot("form");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp sáng kiến")).click();

    assertThat(page).hasURL(Pattern.compile(".*/initiatives/\\d+$"));
    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã nộp sáng kiến");
    assertThat(page.locator("#initiative-title"))
        .hasText("Tận dụng nhiệt thải lò nung để sấy gạch mộc");
    assertThat(page.locator("[data-figure=benefit]")).hasText("120.000.000 đ");
    assertThat(page.locator("#history")).containsText("Đang xét");

    page.navigate("/initiatives/mine");
    page.setViewportSize(390, 844);
    assertThat(
            page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Tận dụng nhiệt thải lò nung để sấy gạch mộc")))
        .isVisible();
    assertThat(page.locator("table")).containsText("Đang xét cấp cơ sở");
    screenshot("mine-phone");
  }
}
