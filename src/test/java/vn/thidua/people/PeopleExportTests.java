package vn.thidua.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class PeopleExportTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  long province;
  long school;

  @BeforeEach
  void people() {
    province = fixtures.province("LĐLĐ tỉnh xuất");
    school = fixtures.grassroots(province, "Công đoàn Trường Tiểu học xuất");
    people.register(
        new NewPerson(
            school,
            "Trịnh Thị Hằng",
            Gender.FEMALE,
            1983,
            "Giáo viên",
            true,
            false,
            LocalDate.of(2006, 9, 5)));
    people.register(
        new NewPerson(
            school,
            "Trịnh Văn Khải",
            Gender.MALE,
            1979,
            "Bảo vệ",
            false,
            true,
            LocalDate.of(2001, 1, 2)));
  }

  static XSSFWorkbook workbook(MvcTestResult result) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
  }

  static int headerRow(XSSFSheet sheet) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && "Họ và tên".equals(row.getCell(0).getStringCellValue())) {
        return row.getRowNum();
      }
    }
    throw new AssertionError("no header row");
  }

  @Test
  void exportsTheFilteredListAsAReadableWorkbook() throws IOException {
    MvcTestResult result =
        mvc.get()
            .uri("/api/people/export.xlsx?unitId={unit}", province)
            .with(Users.as(Role.VIEWER, province))
            .exchange();

    assertThat(result).hasStatusOk().hasContentType(XlsxDownload.CONTENT_TYPE);
    assertThat(result.getResponse().getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("nguoi-lao-dong.xlsx");
    try (XSSFWorkbook workbook = workbook(result)) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Danh sách người lao động");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .startsWith("Đơn vị: LĐLĐ tỉnh xuất");
      int header = headerRow(sheet);
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
          .isEqualTo((short) (header + 1));
      assertThat(sheet.getRow(header).getCell(9).getStringCellValue()).isEqualTo("Mã đơn vị");
      Row hang = sheet.getRow(header + 1);
      assertThat(hang.getCell(0).getStringCellValue()).isEqualTo("Trịnh Thị Hằng");
      assertThat(hang.getCell(1).getStringCellValue()).isEqualTo("Nữ");
      assertThat(hang.getCell(2).getNumericCellValue()).isEqualTo(1983);
      assertThat(hang.getCell(4).getStringCellValue()).isEqualTo("Có");
      assertThat(DateUtil.isCellDateFormatted(hang.getCell(6))).isTrue();
      assertThat(hang.getCell(6).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2006, 9, 5));
      assertThat(hang.getCell(8).getStringCellValue()).startsWith("Công đoàn Trường Tiểu học xuất");
      assertThat(sheet.getRow(header + 2).getCell(0).getStringCellValue())
          .isEqualTo("Trịnh Văn Khải");
      assertThat(sheet.getLastRowNum()).isEqualTo(header + 2);
    }
  }

  @Test
  void theExportFollowsTheSearchOfThePage() throws IOException {
    MvcTestResult result =
        mvc.get()
            .uri("/people/export.xlsx?unitId={unit}&q=khai", province)
            .with(Users.as(Role.OFFICER, province))
            .exchange();

    assertThat(result).hasStatusOk();
    try (XSSFWorkbook workbook = workbook(result)) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      int header = headerRow(sheet);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("Tìm theo họ tên: khai");
      assertThat(sheet.getLastRowNum()).isEqualTo(header + 1);
      assertThat(sheet.getRow(header + 1).getCell(0).getStringCellValue())
          .isEqualTo("Trịnh Văn Khải");
    }
  }

  @Test
  void anotherProvinceCannotExportTheUnit() {
    long other = fixtures.province("LĐLĐ tỉnh không xuất");

    assertThat(
            mvc.get()
                .uri("/api/people/export.xlsx?unitId={unit}", province)
                .with(Users.as(Role.OFFICER, other)))
        .hasStatus(HttpStatus.NOT_FOUND)
        .doesNotContainHeader("Content-Disposition");
  }

  @Test
  void refusesAListLongerThanTheLimitWithAMessage() {
    long big = fixtures.grassroots(province, "Công đoàn Tổng công ty lớn");
    jdbc.sql(
            """
            insert into person (unit_id, full_name, search_name, sort_key, gender, birth_year,
                                started_on)
            select :unit, 'Người ' || n, 'nguoi ' || n, n || ' nguoi ' || n, 'MALE', 1990,
                   date '2015-01-01'
            from generate_series(1, :count) n
            """)
        .param("unit", big)
        .param("count", PeopleRegistry.EXPORT_LIMIT + 1)
        .update();
    try {
      assertThat(
              mvc.get()
                  .uri("/api/people/export.xlsx?unitId={unit}", big)
                  .with(Users.as(Role.OFFICER, province)))
          .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
          .doesNotContainHeader("Content-Disposition")
          .bodyJson()
          .extractingPath("$.detail")
          .asString()
          .startsWith("Danh sách có hơn 100.000 người");
    } finally {
      jdbc.sql("delete from person where unit_id = :unit").param("unit", big).update();
    }
  }
}
