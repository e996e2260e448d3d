package vn.thidua.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.SearchText;

/**
 * A test that clicks through the running application in headless Chromium, as a person would. The
 * application listens on a random port with the test profile; each test gets a fresh browser
 * context and {@link #page} (no cookies left from another test) and a signed-out officer of the
 * national confederation in {@link #account}, made straight in the database. Subclasses are named
 * {@code *BrowserTests}.
 *
 * <p>Without Chromium at /usr/bin/chromium the tests are skipped with a warning, or fail when the
 * system property {@code thidua.browser.required} is true (as CI sets it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(Chromium.SkipWithout.class)
public abstract class BrowserTest {

  /** Where {@link #screenshot} puts its pictures, for people to look at after a build. */
  public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort private int port;
  @Autowired private JdbcClient jdbc;
  @Autowired private PasswordEncoder passwords;
  @Autowired protected Fixtures fixtures;

  private final List<Long> accounts = new ArrayList<>();
  private BrowserContext context;
  private String testName;

  /** The browser tab of the current test, with URLs relative to the application. */
  protected Page page;

  /** An officer of the national confederation, not yet signed in. */
  protected TestAccount account;

  @BeforeAll
  static void launchChromium() {
    if (!Chromium.checkBeforeAll(Chromium.executable(), Chromium.required())) {
      return;
    }
    playwright = Playwright.create();
    browser = Chromium.launch(playwright, Chromium.executable());
  }

  @AfterAll
  static void closeChromium() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    if (playwright != null) {
      playwright.close();
      playwright = null;
    }
  }

  @BeforeEach
  void openPage(TestInfo test) {
    testName = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName();
    account = createAccount(Role.OFFICER, fixtures.nationalUnitId());
    context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh")
                .setViewportSize(1280, 900));
    context.setDefaultTimeout(15_000);
    page = context.newPage();
  }

  @AfterEach
  void closePage() {
    if (context != null) {
      context.close();
    }
    if (!accounts.isEmpty()) {
      jdbc.sql("delete from app_user where id in (:ids)").param("ids", accounts).update();
      accounts.clear();
    }
  }

  /** A user with one role in one unit and a random password; removed after the test. */
  protected TestAccount createAccount(Role role, long unitId) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String username = "browser-" + suffix;
    String password = "Thu-nghiem-" + UUID.randomUUID();
    String fullName = "Người kiểm thử trình duyệt " + suffix;
    long id =
        jdbc.sql(
                """
                insert into app_user (username, full_name, search_name, password_hash)
                values (:username, :fullName, :searchName, :passwordHash)
                returning id
                """)
            .param("username", username)
            .param("fullName", fullName)
            .param("searchName", SearchText.fold(fullName))
            .param("passwordHash", passwords.encode(password))
            .query(Long.class)
            .single();
    jdbc.sql("insert into user_grant (user_id, role, unit_id) values (:user, :role, :unit)")
        .param("user", id)
        .param("role", role.name())
        .param("unit", unitId)
        .update();
    accounts.add(id);
    return new TestAccount(id, username, password, fullName, role, unitId);
  }

  /** Signs in through the login form, as a person types it, and waits to leave the form. */
  protected void signIn(TestAccount who) {
    page.navigate("/login");
    page.getByLabel("Tên đăng nhập").fill(who.username());
    page.getByLabel("Mật khẩu").fill(who.password());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true))
        .click();
    page.waitForURL(url -> !url.contains("/login"));
  }

  /** Saves the whole page as target/screenshots/{TestClass}-{testMethod}-{name}.png. */
  protected Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(testName + "-" + name + ".png");
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }
}
