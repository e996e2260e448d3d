package vn.thidua.nomination;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.attachment.SampleFiles;
import vn.thidua.attachment.Upload;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.BrowserTest;
import vn.thidua.testing.Users;

class DossierFilesBrowserTests extends BrowserTest {

  @Autowired Nominations nominations;
  @Autowired DossierFiles files;
  @Autowired People people;

  @Test
  void anOfficerAddsAFileToADraftDossierAndOpensTheImportPage() {
    long province = fixtures.province("Tỉnh tệp hồ sơ trình duyệt");
    long district = fixtures.unit(province, "LĐLĐ quận tệp hồ sơ", "DISTRICT");
    long factory = fixtures.grassroots(district, "Công đoàn Công ty tệp hồ sơ");
    long[] ids = new long[2];
    Users.runAs(
        Users.user(Role.OFFICER, district),
        () ->
            ids[0] =
                nominations
                    .openRound(
                        new RoundForm(
                            district,
                            "Xét chọn có tệp hồ sơ",
                            2025,
                            null,
                            null,
                            LocalDate.now().plusMonths(1),
                            Threshold.SIMPLE_MAJORITY,
                            null,
                            List.of(new HonourRef("CNG", 2)),
                            List.of()))
                    .id());
    long worker =
        people.register(
            new NewPerson(
                factory,
                "Lạc Thị Hồ Sơ",
                Gender.FEMALE,
                1990,
                "Công nhân",
                true,
                true,
                LocalDate.of(2012, 1, 2)));
    Users.runAs(
        Users.user(Role.OFFICER, factory),
        () ->
            ids[1] =
                files
                    .nominateWith(
                        new NominationForm(
                            ids[0],
                            factory,
                            NomineeKind.INDIVIDUAL,
                            worker,
                            null,
                            "CNG",
                            2,
                            "Hoàn thành vượt mức kế hoạch sản xuất.",
                            null,
                            null,
                            null),
                        List.of(
                            new Upload(
                                "Báo cáo thành tích.pdf",
                                "application/pdf",
                                new ByteArrayInputStream(SampleFiles.pdf()))))
                    .id());

    signIn(createAccount(Role.OFFICER, factory));
    page.navigate("/nominations/" + ids[1]);
    assertThat(page.locator("#dossier-files")).containsText("Báo cáo thành tích.pdf");
    page.getByLabel("Chọn tệp")
        .setInputFiles(new FilePayload("minh-chung.png", "image/png", SampleFiles.png()));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên")).click();
    assertThat(page.getByRole(AriaRole.STATUS).first())
        .containsText("Đã tải lên tệp minh-chung.png");
    assertThat(page.locator("#dossier-files")).containsText("minh-chung.png");
    screenshot("1-dossier-files");

    page.navigate("/nominations/rounds/" + ids[0] + "/import");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("Nhập đề nghị từ tệp Excel");
    screenshot("2-import-page");
  }
}
