package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;

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

@IntegrationTest
class InitiativeImportTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired InitiativeImports imports;
  @Autowired JdbcClient jdbc;

  long district;
  long factory;
  long school;
  long foreignUnit;
  String factoryCode;
  String schoolCode;
  String foreignCode;
  long fitter;
  long welder;
  SignedInUser officer;
  String suffix;

  @BeforeEach
  void units() {
    suffix = UUID.randomUUID().toString().substring(0, 6);
    long province = fixtures.province("Tỉnh nhập sáng kiến");
    district = fixtures.unit(province, "LĐLĐ huyện nhập sáng kiến", "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Nhà máy Cơ khí");
    school = fixtures.grassroots(district, "Công đoàn Trường Kỹ thuật");
    long otherDistrict = fixtures.unit(province, "LĐLĐ huyện bên cạnh", "DISTRICT");
    foreignUnit = fixtures.grassroots(otherDistrict, "Công đoàn huyện bên cạnh");
    factoryCode = code(factory, "NMCK");
    schoolCode = code(school, "TKT");
    foreignCode = code(foreignUnit, "BEN");
    fitter = person(factory, "Lê Văn Thợ");
    welder = person(factory, "Phạm Thị Hàn");
    officer = Users.user(Role.OFFICER, district);
  }

  @Test
  void rejectsAFileWithBadRowsWithTheExactRowMessagesAndSavesNothing() throws IOException {
    String title = "Khuôn ép cải tiến " + suffix;
    byte[] file =
        workbook(
            List.of(
                row(
                    title,
                    factoryCode,
                    "Lê Văn Thợ; 60%\nPhạm Thị Hàn; 40%",
                    "15/03/2024",
                    "25.000.000"),
                row("Đồ gá hàn " + suffix, factoryCode, "Lê Văn Thợ", "31/02/2024", "mười triệu"),
                row(
                    "Máy mài " + suffix,
                    factoryCode,
                    "Lê Văn Thợ; 50%\nPhạm Thị Hàn; 40%",
                    "01/04/2024",
                    ""),
                row(
                    "Bàn nguội " + suffix,
                    "KHONG-CO-" + suffix,
                    "Nhóm: Tổ nguội",
                    "01/04/2024",
                    ""),
                row(title, factoryCode, "Lê Văn Thợ", "15/03/2024", ""),
                row("Bảng điện " + suffix, factoryCode, "Người Không Có", "01/04/2024", ""),
                row("Quạt thông gió " + suffix, foreignCode, "Nhóm: Tổ điện", "01/04/2024", "")));

    ImportStatus status = finished(upload(district, file));

    assertThat(status.state()).isEqualTo(ImportState.REJECTED);
    assertThat(status.errors())
        .containsExactly(
            "Dòng 3, cột Ngày áp dụng: Ngày \"31/02/2024\" không đúng dạng ngày/tháng/năm"
                + " (ví dụ 15/03/2024).",
            "Dòng 3, cột Giá trị làm lợi: Giá trị làm lợi «mười triệu» không phải là số tiền"
                + " (ví dụ: 15.000.000).",
            "Dòng 4, cột Tác giả: Tổng tỷ lệ đóng góp của các tác giả phải bằng 100 %"
                + " (hiện là 90 %).",
            "Dòng 5, cột Mã đơn vị: Mã đơn vị KHONG-CO-"
                + suffix
                + " không có hoặc không thuộc phạm vi bạn được nhập.",
            "Dòng 6, cột Tên sáng kiến: Trùng với sáng kiến ở dòng 2 (cùng đơn vị, cùng tên).",
            "Dòng 7, cột Tác giả: Không tìm thấy người lao động \"Người Không Có\" trong đơn vị.",
            "Dòng 8, cột Mã đơn vị: Mã đơn vị "
                + foreignCode
                + " không có hoặc không thuộc phạm vi bạn được nhập.");
    assertThat(initiativesOf(factory)).isZero();
  }

  @Test
  void savesEveryRowOfAGoodFile() throws IOException {
    byte[] file =
        workbook(
            List.of(
                row(
                    "Khuôn dập " + suffix,
                    factoryCode,
                    "Lê Văn Thợ; 60%|#" + welder + "; 40%",
                    "15/03/2024",
                    "25.000.000"),
                row(
                    "Sổ tay an toàn " + suffix,
                    schoolCode,
                    "Nhóm: Tổ chuyên môn Điện",
                    "01/09/2024",
                    "")));

    ImportStatus status = finished(upload(district, file));

    assertThat(status.state()).as("%s", status.errors()).isEqualTo(ImportState.SUCCEEDED);
    assertThat(status.importedCount()).isEqualTo(2);
    assertThat(
            mvc.get()
                .uri("/initiatives/import/" + status.id())
                .header("HX-Request", "true")
                .with(Users.as(officer)))
        .hasStatusOk()
        .bodyText()
        .contains("sang-kien.xlsx", "/initiatives")
        .doesNotContain("every 1s", "<html");
    assertThat(initiativesOf(factory)).isEqualTo(1);
    assertThat(initiativesOf(school)).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select a.share from initiative_author a join initiative i on i.id = a.initiative_id"
                        + " where i.unit_id = :u order by a.share desc")
                .param("u", factory)
                .query(java.math.BigDecimal.class)
                .list())
        .extracting(java.math.BigDecimal::intValue)
        .containsExactly(60, 40);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where entity_type = 'InitiativeImport'"
                        + " and entity_id = :id")
                .param("id", status.id().toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void refusesAUnitOutsideTheOfficersSubtree() throws IOException {
    byte[] file =
        workbook(
            List.<String[]>of(
                row("Bơm tự động " + suffix, foreignCode, "Nhóm: Tổ bơm", "01/04/2024", "")));

    MvcTestResult refused =
        mvc.post()
            .uri("/api/initiatives/import")
            .multipart()
            .file(xlsx(file))
            .param("unitId", String.valueOf(foreignUnit))
            .with(Users.as(Users.user(Role.OFFICER, factory)))
            .exchange();

    assertThat(refused.getResponse().getStatus()).isIn(403, 404);
    assertThat(initiativesOf(foreignUnit)).isZero();
  }

  @Test
  void refusesAnOldExcelFileAtOnce() {
    assertThat(
            mvc.post()
                .uri("/api/initiatives/import")
                .multipart()
                .file(xlsx(vn.thidua.attachment.SampleFiles.xls()))
                .param("unitId", String.valueOf(district))
                .with(Users.as(officer)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
  }

  @Test
  void offersTheTemplateAndTheUploadPage() throws IOException {
    MvcTestResult template =
        mvc.get().uri("/initiatives/template.xlsx").with(Users.as(officer)).exchange();
    assertThat(template)
        .hasStatusOk()
        .headers()
        .hasValue("Content-Type", XlsxDownload.CONTENT_TYPE);
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
      Row header = workbook.getSheetAt(0).getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Tên sáng kiến");
      assertThat(header.getCell(4).getStringCellValue())
          .isEqualTo("Tác giả (họ tên hoặc mã; tỷ lệ %)");
    }
    assertThat(mvc.get().uri("/initiatives/import").with(Users.as(officer)))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Nhập sáng kiến từ Excel", "/initiatives/template.xlsx", "LĐLĐ huyện nhập sáng kiến");
  }

  private String code(long unit, String prefix) {
    String code = prefix + "-" + suffix;
    jdbc.sql("update org_unit set code = :code where id = :id")
        .param("code", code)
        .param("id", unit)
        .update();
    return code;
  }

  private long person(long unit, String name) {
    return people.register(
        new NewPerson(
            unit, name, Gender.MALE, 1985, "Thợ cơ khí", true, true, LocalDate.of(2010, 1, 4)));
  }

  private static String[] row(
      String title, String unitCode, String authors, String appliedOn, String benefit) {
    return new String[] {
      title,
      "Tóm tắt: giải pháp mới áp dụng tại đơn vị",
      "Kỹ thuật, công nghệ",
      unitCode,
      authors,
      appliedOn,
      benefit,
      "Giảm thời gian thao tác",
      ""
    };
  }

  private static byte[] workbook(List<String[]> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Sáng kiến");
      Row header = sheet.createRow(0);
      for (InitiativeTemplate.Column column : InitiativeTemplate.Column.values()) {
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

  private static MockMultipartFile xlsx(byte[] content) {
    return new MockMultipartFile("file", "sang-kien.xlsx", XlsxDownload.CONTENT_TYPE, content);
  }

  private UUID upload(long unit, byte[] content) {
    MvcTestResult result =
        mvc.post()
            .uri("/api/initiatives/import")
            .multipart()
            .file(xlsx(content))
            .param("unitId", String.valueOf(unit))
            .with(Users.as(officer))
            .exchange();
    return ImportJobs.started(result);
  }

  ImportStatus finished(UUID job) {
    return ImportJobs.finished(officer, () -> imports.status(job));
  }

  private long initiativesOf(long unit) {
    return jdbc.sql("select count(*) from initiative where unit_id = :u")
        .param("u", unit)
        .query(Long.class)
        .single();
  }
}
