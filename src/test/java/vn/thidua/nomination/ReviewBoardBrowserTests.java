package vn.thidua.nomination;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.honours.HonourAward;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.BrowserTest;
import vn.thidua.testing.Users;

class ReviewBoardBrowserTests extends BrowserTest {

  @Autowired Nominations nominations;
  @Autowired People people;
  @Autowired Honours honours;

  @Test
  void startsReviewingTwoSubmittedNominationsFromTheBoard() {
    long province = fixtures.province("Tỉnh bảng xét chọn");
    long district = fixtures.unit(province, "LĐLĐ quận bảng xét chọn", "DISTRICT");
    long factory = fixtures.grassroots(district, "Công đoàn Công ty bảng xét chọn");
    long[] round = new long[1];
    Users.runAs(
        Users.user(Role.OFFICER, district),
        () ->
            round[0] =
                nominations
                    .openRound(
                        new RoundForm(
                            district,
                            "Xét chọn Công nhân giỏi cấp quận",
                            2025,
                            null,
                            null,
                            LocalDate.now().plusMonths(1),
                            Threshold.SIMPLE_MAJORITY,
                            null,
                            List.of(new HonourRef("CNG", 2)),
                            List.of()))
                    .id());
    Users.runAs(
        Users.user(Role.OFFICER, factory),
        () -> {
          for (String name : List.of("Hoàng Thị Lan", "Bùi Văn Nam")) {
            NominationView nomination =
                nominations.nominate(
                    new NominationForm(
                        round[0],
                        factory,
                        NomineeKind.INDIVIDUAL,
                        aGoodWorker(factory, name),
                        null,
                        "CNG",
                        2,
                        "Hoàn thành vượt mức kế hoạch sản xuất.",
                        null,
                        null,
                        null));
            nominations.act(
                nomination.id(), new Move(NominationAction.SUBMIT, null, nomination.version()));
          }
        });

    signIn(createAccount(Role.OFFICER, district));
    page.navigate("/nominations");
    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Xét chọn Công nhân giỏi cấp quận"))
        .first()
        .click();
    assertThat(page.locator("#state-counts [data-state=SUBMITTED] .badge")).hasText("2");
    assertThat(page.locator("#board tbody tr")).hasCount(2);
    assertThat(page.locator("#board tbody")).containsText("Đạt");
    page.getByLabel("Chọn Hoàng Thị Lan").check();
    page.getByLabel("Chọn Bùi Văn Nam").check();
    page.getByLabel("Việc cần làm").selectOption("START_REVIEW");
    screenshot("1-two-chosen");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thực hiện")).click();

    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã cập nhật 2 đề nghị");
    assertThat(page.locator("#state-counts [data-state=UNDER_REVIEW] .badge")).hasText("2");
    assertThat(page.locator("#state-counts [data-state=SUBMITTED] .badge")).hasText("0");
    screenshot("2-under-review");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hoàng Thị Lan")).click();
    assertThat(page.locator("#nomination-state")).hasText("Đang thẩm định");
    assertThat(page.locator("#rules")).containsText("Đã đạt Công nhân giỏi cấp cơ sở năm 2025");
  }

  private long aGoodWorker(long unit, String name) {
    long person =
        people.register(
            new NewPerson(
                unit,
                name,
                Gender.FEMALE,
                1990,
                "Công nhân",
                true,
                true,
                LocalDate.of(2012, 1, 2)));
    honours.recordAwarded(
        List.of(new HonourAward("CNG", 1, Recipient.INDIVIDUAL, person, null, 2025, unit, null)));
    return person;
  }
}
