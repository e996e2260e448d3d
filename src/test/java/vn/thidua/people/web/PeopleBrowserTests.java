package vn.thidua.people.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.BrowserTest;
import vn.thidua.testing.TestAccount;

class PeopleBrowserTests extends BrowserTest {

  static final List<String> HEADERS =
      List.of(
          "Họ và tên",
          "Giới tính (Nam/Nữ)",
          "Năm sinh",
          "Công việc",
          "Đoàn viên (Có/Không)",
          "Lao động trực tiếp (Có/Không)",
          "Ngày vào làm (dd/MM/yyyy)",
          "Mã đơn vị (không bắt buộc)");

  @Autowired People people;

  long company;
  TestAccount officer;

  @BeforeEach
  void aCompanyWithWorkers() {
    long province = fixtures.province("LĐLĐ tỉnh trình duyệt");
    company = fixtures.grassroots(province, "Công đoàn Công ty trình duyệt");
    officer = createAccount(Role.OFFICER, province);
    for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Thị Cúc")) {
      people.register(
          new NewPerson(
              company,
              name,
              Gender.FEMALE,
              1988,
              "Công nhân",
              true,
              true,
              LocalDate.of(2012, 3, 1)));
    }
  }

  static byte[] workbook(String[]... rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Danh sách");
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        header.createCell(c).setCellValue(HEADERS.get(c));
      }
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void findsAWorkerWhileTypingWithoutDiacritics() {
    signIn(officer);
    page.navigate("/people?unitId=" + company);
    Locator results = page.locator("#people-results");
    assertThat(results).containsText("Có 3 người");

    page.getByLabel("Tìm theo họ tên").pressSequentially("nguyen van");

    assertThat(results).containsText("Có 1 người");
    assertThat(results).containsText("Nguyễn Văn An");
    assertThat(results).not().containsText("Trần Thị Bình");
    assertThat(page).hasURL(Pattern.compile(".*q=nguyen.*"));
    screenshot("desktop");

    page.setViewportSize(390, 844);
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nguyễn Văn An")))
        .isVisible();
    screenshot("phone");
  }

  @Test
  void uploadsAFileAndFollowsTheProgressToTheReport() throws IOException {
    signIn(officer);
    page.navigate("/people/import?unitId=" + company);

    page.getByLabel("Tệp Excel (.xlsx)")
        .setInputFiles(
            new FilePayload(
                "danh-sach.xlsx",
                XlsxDownload.CONTENT_TYPE,
                workbook(
                    new String[] {"Đinh Văn Một", "Nam", "1990", "", "Có", "Có", "01/03/2015"},
                    new String[] {"Đinh Văn Hai", "Nam", "1890", "", "Có", "Có", "01/03/2015"})));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên và nhập")).click();

    Locator progress = page.locator("#import-progress");
    assertThat(progress).containsText("Không nhập vì tệp có lỗi");
    assertThat(progress).containsText("Dòng 3: Năm sinh phải là số từ 1940 đến");
    assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("aria-valuenow", "100");
    screenshot("rejected");

    page.getByLabel("Tệp Excel (.xlsx)")
        .setInputFiles(
            new FilePayload(
                "danh-sach.xlsx",
                XlsxDownload.CONTENT_TYPE,
                workbook(
                    new String[] {"Đinh Văn Một", "Nam", "1990", "", "Có", "Có", "01/03/2015"},
                    new String[] {"Đinh Văn Hai", "Nam", "1989", "", "Có", "Có", "01/03/2015"})));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên và nhập")).click();

    assertThat(progress).containsText("Đã nhập 2 người lao động từ tệp danh-sach.xlsx.");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem danh sách")).click();
    assertThat(page.locator("#people-results")).containsText("Có 5 người");
  }

  @Test
  void savesAChangeAndSaysSo() {
    signIn(officer);
    page.navigate("/people?unitId=" + company);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Trần Thị Bình")).click();

    page.getByLabel("Công việc").fill("Tổ trưởng");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true))
        .click();

    assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu thay đổi.");
    assertThat(page.getByLabel("Công việc")).hasValue("Tổ trưởng");
  }
}
