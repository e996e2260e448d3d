package vn.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.honours.HonourAward;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.imports.ImportState;
import vn.thidua.shared.imports.ImportStatus;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.ImportJobs;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/** Nominations imported from a workbook as a background job: all rows, or none. */
@IntegrationTest
class NominationImportTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired Honours honours;
  @Autowired NominationImports imports;
  @Autowired Nominations nominations;
  @Autowired JdbcClient jdbc;

  long district;
  long factory;
  long round;
  SignedInUser officer;

  @BeforeEach
  void aRoundOfTheDistrict() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    long province = fixtures.province("Tỉnh nhập đề nghị " + tag);
    district = fixtures.unit(province, "LĐLĐ huyện nhập đề nghị " + tag, "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Nhà máy nhập đề nghị " + tag);
    officer = Users.user(Role.OFFICER, factory);
    Users.runAs(
        Users.user(Role.OFFICER, district),
        () ->
            round =
                nominations
                    .openRound(
                        new RoundForm(
                            district,
                            "Xét chọn nhập từ tệp " + tag,
                            2025,
                            null,
                            null,
                            LocalDate.now().plusMonths(1),
                            Threshold.SIMPLE_MAJORITY,
                            null,
                            List.of(new HonourRef("CNG", 2)),
                            List.of()))
                    .id());
  }

  @Test
  void aBadFileIsRejectedRowByRowAndNothingIsSaved() throws IOException {
    long worker = aWorker("Ninh Văn Đúng");
    byte[] file =
        workbook(
            row(String.valueOf(worker), "CNG", "2", "Vượt định mức cả năm."),
            row("abc", "CNG", "2", "Vượt định mức cả năm."),
            row("99999999", "CNG", "x", ""),
            row(String.valueOf(worker), "LDTT", "2", "Hoàn thành tốt."));

    ImportStatus status = finished(upload(file));

    assertThat(status.state()).isEqualTo(ImportState.REJECTED);
    assertThat(status.errors())
        .containsExactly(
            "Dòng 3, cột Mã số người lao động: Mã số người lao động \"abc\" phải là một số.",
            "Dòng 4, cột Hạng: Hạng \"x\" phải là số từ 1 đến 9 (để trống nếu danh hiệu chỉ có một"
                + " hạng).",
            "Dòng 4, cột Báo cáo thành tích: Chưa ghi báo cáo thành tích.",
            "Dòng 5, cột Mã danh hiệu: Đợt xét không xét danh hiệu \"LDTT\".");
    assertThat(nominationsOfTheRound()).isZero();
  }

  @Test
  void aGoodFileDraftsEveryRowAndThePageFollowsTheJob() throws IOException {
    long first = aWorker("Ninh Thị Một");
    long second = aWorker("Ninh Văn Hai");
    byte[] file =
        workbook(
            row(String.valueOf(first), "CNG", "2", "Vượt định mức cả năm."),
            row(String.valueOf(second), "cng", "", "Sáng kiến tiết kiệm điện."));

    MvcTestResult uploaded =
        mvc.post()
            .uri("/nominations/rounds/{r}/import", round)
            .multipart()
            .file(xlsx(file))
            .param("unitId", String.valueOf(factory))
            .with(csrf())
            .with(Users.as(officer))
            .exchange();
    assertThat(uploaded).hasStatus3xxRedirection();
    String jobPage = uploaded.getResponse().getRedirectedUrl();
    UUID job = UUID.fromString(jobPage.substring(jobPage.lastIndexOf('/') + 1));

    ImportStatus status = finished(job);
    assertThat(status.state()).isEqualTo(ImportState.SUCCEEDED);
    assertThat(status.importedCount()).isEqualTo(2);
    assertThat(nominationsOfTheRound()).isEqualTo(2);
    assertThat(mvc.get().uri(jobPage).with(Users.as(officer)).header("HX-Request", "true"))
        .hasStatusOk()
        .bodyText()
        .contains("Đã nhập 2 đề nghị (bản nháp) từ tệp de-nghi.xlsx.")
        .doesNotContain("<html");
    assertThat(mvc.get().uri(jobPage).with(Users.as(officer)))
        .hasStatusOk()
        .bodyText()
        .contains("Nhập đề nghị từ tệp Excel", "/nominations/template.xlsx");
  }

  @Test
  void refusesAUnitOutsideTheOfficersSubtree() throws IOException {
    long otherFactory = fixtures.grassroots(district, "Công đoàn khác nhập đề nghị");
    byte[] file = workbook(row(String.valueOf(aWorker("Ninh Văn Ba")), "CNG", "2", "Tốt."));

    MvcTestResult refused =
        mvc.post()
            .uri("/api/nomination-rounds/{r}/import", round)
            .multipart()
            .file(xlsx(file))
            .param("unitId", String.valueOf(otherFactory))
            .with(Users.as(officer))
            .exchange();

    assertThat(refused.getResponse().getStatus()).isIn(403, 404);
    assertThat(nominationsOfTheRound()).isZero();
  }

  @Test
  void refusesAFileThatIsNotAWorkbookAtOnce() {
    assertThat(
            mvc.post()
                .uri("/api/nomination-rounds/{r}/import", round)
                .multipart()
                .file(xlsx(vn.thidua.attachment.SampleFiles.xls()))
                .param("unitId", String.valueOf(factory))
                .with(Users.as(officer)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
  }

  @Test
  void theTemplateHasTheHeadersTheImportReads() throws IOException {
    MvcTestResult template =
        mvc.get().uri("/api/nominations/template.xlsx").with(Users.as(officer)).exchange();
    assertThat(template).hasStatusOk();
    try (XSSFWorkbook book =
        new XSSFWorkbook(
            new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
      Row header = book.getSheetAt(0).getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã số người lao động");
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Báo cáo thành tích");
    }
  }

  private long aWorker(String name) {
    long person =
        people.register(
            new NewPerson(
                factory,
                name,
                Gender.MALE,
                1988,
                "Công nhân",
                true,
                true,
                LocalDate.of(2015, 3, 1)));
    honours.recordAwarded(
        List.of(
            new HonourAward("CNG", 1, Recipient.INDIVIDUAL, person, null, 2025, factory, null)));
    return person;
  }

  private static String[] row(String... cells) {
    return cells;
  }

  private static byte[] workbook(String[]... rows) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("Đề nghị");
      Row header = sheet.createRow(0);
      String[] headers = {"Mã số người lao động", "Mã danh hiệu", "Hạng", "Báo cáo thành tích"};
      for (int i = 0; i < headers.length; i++) {
        header.createCell(i).setCellValue(headers[i]);
      }
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  private static MockMultipartFile xlsx(byte[] content) {
    return new MockMultipartFile("file", "de-nghi.xlsx", XlsxDownload.CONTENT_TYPE, content);
  }

  private UUID upload(byte[] content) {
    MvcTestResult result =
        mvc.post()
            .uri("/api/nomination-rounds/{r}/import", round)
            .multipart()
            .file(xlsx(content))
            .param("unitId", String.valueOf(factory))
            .with(Users.as(officer))
            .exchange();
    return ImportJobs.started(result);
  }

  ImportStatus finished(UUID job) {
    return ImportJobs.finished(officer, () -> imports.status(job));
  }

  private long nominationsOfTheRound() {
    return jdbc.sql("select count(*) from nomination where round_id = :r")
        .param("r", round)
        .query(Long.class)
        .single();
  }
}
