package vn.thidua;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thidua.testing.BrowserTest;

class SignInBrowserTests extends BrowserTest {

  private static final Pattern LOGIN_PAGE = Pattern.compile(".*/login$");

  @Test
  void signsInThroughTheFormLandsHomeAndSignsOut() {
    page.navigate("/");
    assertThat(page).hasURL(LOGIN_PAGE);
    assertThat(heading("Đăng nhập")).isVisible();

    page.getByLabel("Tên đăng nhập").fill(account.username());
    page.getByLabel("Mật khẩu").fill(account.password());
    screenshot("1-login-form");
    button("Đăng nhập").click();

    assertThat(page).hasURL(Pattern.compile(".*/units/" + account.unitId() + "$"));
    assertThat(button("Tài khoản")).containsText(account.username());
    Locator signOut = button("Đăng xuất");
    screenshot("2-home");

    signOut.click();
    assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
    assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bạn đã đăng xuất.");
    screenshot("3-signed-out");

    page.navigate("/audit");
    assertThat(page).hasURL(LOGIN_PAGE);
  }

  @Test
  void refusesAWrongPasswordWithAMessage() {
    page.navigate("/login");
    page.getByLabel("Tên đăng nhập").fill(account.username());
    page.getByLabel("Mật khẩu").fill("not-the-password");
    button("Đăng nhập").click();

    assertThat(page.getByRole(AriaRole.ALERT))
        .containsText("Tên đăng nhập hoặc mật khẩu không đúng");
    assertThat(button("Đăng xuất")).hasCount(0);
    screenshot("refused");
  }

  private Locator heading(String name) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
  }

  private Locator button(String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
