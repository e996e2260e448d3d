package vn.thidua.decision.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.decision.AwardeeDraft;
import vn.thidua.decision.DecisionDraft;
import vn.thidua.decision.DecisionView;
import vn.thidua.decision.Decisions;
import vn.thidua.honours.Recipient;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.BrowserTest;
import vn.thidua.testing.Users;

/** The public pages a person opens from a certificate's QR code, on a phone. */
class PublicPagesBrowserTests extends BrowserTest {

  @Autowired Decisions decisions;
  @Autowired People people;

  boolean fitsTheScreen() {
    return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
  }

  @Test
  void aPhoneOpensACertificatesVerificationPageAndTheHonourBoard() {
    long province = fixtures.province("Liên đoàn Lao động tỉnh Thái Nguyên");
    long district = fixtures.unit(province, "Liên đoàn Lao động thành phố Sông Công", "DISTRICT");
    long factory = fixtures.grassroots(district, "Công đoàn Công ty Cổ phần Phụ tùng máy số 1");
    AtomicReference<DecisionView> issued = new AtomicReference<>();
    Users.runAs(
        Users.user(Role.OFFICER, district),
        () -> {
          long worker =
              people.register(
                  new NewPerson(
                      factory,
                      "Nguyễn Thị Phương Thảo",
                      Gender.FEMALE,
                      1991,
                      "Kỹ sư công nghệ chế tạo máy",
                      true,
                      true,
                      LocalDate.of(2014, 8, 1)));
          long id =
              decisions.draft(
                  new DecisionDraft(
                      district,
                      2024,
                      "Về việc công nhận danh hiệu “Công nhân giỏi cấp huyện” năm 2024",
                      List.of("Căn cứ Điều lệ Công đoàn Việt Nam;"),
                      "Trần Văn Ký",
                      "Chủ tịch",
                      List.of(
                          new AwardeeDraft(
                              "CNG",
                              2,
                              Recipient.INDIVIDUAL,
                              worker,
                              null,
                              "Có sáng kiến cải tiến khuôn dập",
                              null))));
          issued.set(decisions.issue(id, decisions.get(id).version(), LocalDate.of(2024, 12, 27)));
        });
    String code = issued.get().awardees().get(0).shortCode();
    page.setViewportSize(390, 844);

    page.navigate("/verify/" + code);

    assertThat(page.locator("#verify-result")).containsText("Nguyễn Thị Phương Thảo");
    assertThat(page.locator("#verify-result")).containsText(issued.get().symbol());
    assertThat(fitsTheScreen()).isTrue();
    screenshot("1-verification");

    page.navigate("/honour-board?year=2024&unitId=" + district);
    assertThat(page.locator("#board-results")).containsText("Nguyễn Thị Phương Thảo");
    assertThat(fitsTheScreen()).isTrue();
    screenshot("2-honour-board");

    page.navigate("/honour-board?year=2020");
    assertThat(fitsTheScreen()).isTrue();
    screenshot("3-honour-board-2020");
  }
}
