package vn.thidua.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
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
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.imports.ImportState;
import vn.thidua.shared.imports.ImportStatus;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.ImportJobs;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class PeopleImportTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired PersonImports imports;
  @Autowired PeopleRegistry registry;
  @Autowired JdbcClient jdbc;

  long province;
  long company;
  SignedInUser officer;

  @BeforeEach
  void units() {
    province = fixtures.province("LĐLĐ tỉnh nhập");
    company = fixtures.grassroots(province, "Công đoàn Công ty nhập");
    officer = Users.user(Role.OFFICER, province);
  }

  static String[] good(String name) {
    return new String[] {name, "Nữ", "1990", "Công nhân may", "Có", "Không", "01/03/2015", ""};
  }

  static byte[] workbook(List<String[]> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Danh sách");
      Row header = sheet.createRow(0);
      for (PeopleTemplate.Column column : PeopleTemplate.Column.values()) {
        header.createCell(column.ordinal()).setCellValue(column.header);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).length; c++) {
          row.createCell(c).setCellValue(rows.get(r)[c]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static MockMultipartFile xlsx(byte[] content) {
    return new MockMultipartFile("file", "danh-sach.xlsx", XlsxDownload.CONTENT_TYPE, content);
  }

  UUID upload(byte[] content) {
    MvcTestResult result =
        mvc.post()
            .uri("/api/people/import")
            .multipart()
            .file(xlsx(content))
            .param("unitId", String.valueOf(company))
            .with(Users.as(officer))
            .exchange();
    return ImportJobs.started(result);
  }

  ImportStatus finished(UUID job) {
    return ImportJobs.finished(officer, () -> imports.status(job));
  }

  long peopleInCompany() {
    return jdbc.sql("select count(*) from person where unit_id = :unit")
        .param("unit", company)
        .query(Long.class)
        .single();
  }

  @Test
  void importsEveryRowOfAGoodFile() throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      rows.add(good("Người lao động số " + i));
    }

    ImportStatus status = finished(upload(workbook(rows)));

    assertThat(status.state()).isEqualTo(ImportState.SUCCEEDED);
    assertThat(status.importedCount()).isEqualTo(30);
    assertThat(status.totalRows()).isEqualTo(30);
    assertThat(status.processedRows()).isEqualTo(30);
    assertThat(status.percent()).isEqualTo(100);
    assertThat(status.errors()).isEmpty();
    assertThat(peopleInCompany()).isEqualTo(30);
  }

  @Test
  void aFileWithTwoBadRowsImportsNothingAndReportsBothRows() throws IOException {
    int latest = LocalDate.now().getYear() - 16;
    List<String[]> rows =
        List.of(
            good("Lý Thị Một"),
            good("Lý Thị Hai"),
            new String[] {"Lý Thị Ba", "Nữ", "1935", "", "Có", "Có", "01/03/2015", ""},
            good("Lý Thị Bốn"),
            new String[] {"Lý Văn Năm", "Trai", "1990", "", "Có", "Có", "01/03/2015", ""});

    ImportStatus status = finished(upload(workbook(rows)));

    assertThat(status.state()).isEqualTo(ImportState.REJECTED);
    assertThat(status.importedCount()).isZero();
    assertThat(status.errorCount()).isEqualTo(2);
    assertThat(status.errors())
        .containsExactly(
            "Dòng 4: Năm sinh phải là số từ 1940 đến " + latest,
            "Dòng 6: Giới tính phải là Nam hoặc Nữ");
    assertThat(peopleInCompany()).isZero();
  }

  @Test
  void reportsAUnitCodeOutsideTheOfficersScope() throws IOException {
    long elsewhere = fixtures.province("LĐLĐ tỉnh khác");
    String code = "KHAC-" + UUID.randomUUID().toString().substring(0, 6);
    jdbc.sql("update org_unit set code = :code where id = :id")
        .param("code", code)
        .param("id", elsewhere)
        .update();
    String[] row = good("Tạ Văn Xa");
    row[7] = code;

    ImportStatus status = finished(upload(workbook(List.<String[]>of(good("Tạ Văn Gần"), row))));

    assertThat(status.state()).isEqualTo(ImportState.REJECTED);
    assertThat(status.errors())
        .containsExactly(
            "Dòng 3: Mã đơn vị " + code + " không có hoặc không thuộc phạm vi bạn quản lý");
  }

  @Test
  void theTemplateRoundTrips() throws IOException {
    MvcTestResult download =
        mvc.get().uri("/api/people/template.xlsx").with(Users.as(officer)).exchange();
    assertThat(download).hasStatusOk().hasContentType(XlsxDownload.CONTENT_TYPE);
    byte[] filled;
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
      XSSFSheet sheet = workbook.getSheet(PeopleTemplate.SHEET_NAME);
      String[][] rows = {
        {"Cao Thị Lan", "Nữ", "1987", "Kế toán", "Có", "Không", "15/08/2011", ""},
        {"Cao Văn Minh", "Nam", "1979", "Thợ điện", "Không", "Có", "2/1/2005", ""},
        {"Cao Thị Ngọc", "nu", "2001", "", "x", "", "01/06/2022", ""}
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(2 + r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      filled = out.toByteArray();
    }

    ImportStatus status = finished(upload(filled));

    assertThat(status.state()).isEqualTo(ImportState.SUCCEEDED);
    assertThat(status.importedCount()).as("the untouched example row is left out").isEqualTo(3);
    AtomicReference<PersonPage> page = new AtomicReference<>();
    Users.runAs(officer, () -> page.set(registry.search(PersonSearch.firstPage(company, "cao"))));
    assertThat(page.get().items())
        .extracting(PersonView::fullName, PersonView::gender, PersonView::member)
        .containsExactly(
            tuple("Cao Thị Lan", Gender.FEMALE, true),
            tuple("Cao Văn Minh", Gender.MALE, false),
            tuple("Cao Thị Ngọc", Gender.FEMALE, true));
  }

  @Test
  void refusesAFileThatIsNotXlsxAtOnce() {
    MockMultipartFile csv =
        new MockMultipartFile(
            "file",
            "danh-sach.csv",
            "text/csv",
            "Họ và tên,Giới tính\nAn,Nam\n".getBytes(StandardCharsets.UTF_8));

    assertThat(
            mvc.post()
                .uri("/api/people/import")
                .multipart()
                .file(csv)
                .param("unitId", String.valueOf(company))
                .with(Users.as(officer)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .startsWith("Tệp không phải bảng tính Excel .xlsx");
  }

  @Test
  void aViewerMayNotImportAndAnotherProvinceMayNotFollowTheJob() throws IOException {
    UUID job = upload(workbook(List.<String[]>of(good("Kiều Văn Theo"))));
    long other = fixtures.province("LĐLĐ tỉnh xa");

    assertThat(
            mvc.post()
                .uri("/api/people/import")
                .multipart()
                .file(xlsx(workbook(List.<String[]>of(good("Kiều Văn Xem")))))
                .param("unitId", String.valueOf(company))
                .with(Users.as(Role.VIEWER, province)))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/api/people/import/{id}", job).with(Users.as(Role.OFFICER, other)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/api/people/import/{id}", job).with(Users.as(Role.VIEWER, province)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.fileName")
        .isEqualTo("danh-sach.xlsx");
  }

  @Test
  void theUploadPageFollowsTheJobToItsReport() throws IOException {
    List<String[]> rows =
        List.of(
            good("Ông Văn Trang"),
            new String[] {"", "Nam", "1980", "", "Có", "Có", "01/01/2010", ""});
    MvcTestResult posted =
        mvc.post()
            .uri("/people/import")
            .multipart()
            .file(xlsx(workbook(rows)))
            .param("unitId", String.valueOf(company))
            .with(Users.as(officer))
            .with(
                org.springframework.security.test.web.servlet.request
                    .SecurityMockMvcRequestPostProcessors.csrf())
            .exchange();
    assertThat(posted).hasStatus3xxRedirection();
    String location = posted.getResponse().getRedirectedUrl();
    UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    finished(job);

    assertThat(mvc.get().uri(location).header("HX-Request", "true").with(Users.as(officer)))
        .hasStatusOk()
        .bodyText()
        .contains("Không nhập vì tệp có lỗi", "Dòng 3: Họ và tên không được để trống")
        .doesNotContain("every 1s", "<html");
    assertThat(mvc.get().uri(location).with(Users.as(officer)))
        .hasStatusOk()
        .bodyText()
        .contains("<html", "Nhập người lao động từ Excel", "role=\"progressbar\"");
  }

  @Test
  void theUploadPageExplainsAWrongFile() {
    MockMultipartFile xls =
        new MockMultipartFile(
            "file",
            "cu.xls",
            "application/vnd.ms-excel",
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

    assertThat(
            mvc.post()
                .uri("/people/import")
                .multipart()
                .file(xls)
                .param("unitId", String.valueOf(company))
                .with(Users.as(officer))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Tệp .xls (Excel 97–2003) không được hỗ trợ");
  }

  /** Reads as a request would, in the default language. */
}
