package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/** The demo's Bắc Từ Liêm 2020 review through the page, the workbook and the API. */
@IntegrationTest
class ReviewPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void showsBacTuLiemsAnnualReviewWithVietnameseNumbers() {
    long btl = code("HN-BTL");
    assertThat(
            mvc.get()
                .uri("/units/{id}/review?kind=YEAR&year=2020", btl)
                .with(Users.as(Role.VIEWER, code("HN"))))
        .hasStatusOk()
        .bodyText()
        .contains("Tổng kết năm: từ 01/01/2020 đến 31/12/2020")
        .contains("248", "9.815", "9.367", "95,4 %")
        .contains("914")
        .contains("So sánh với kỳ trước: từ 01/01/2019 đến 31/12/2019")
        .contains("Trường Tiểu học Đông Ngạc A", "Theo đơn vị trực thuộc");
  }

  @Test
  void showsTheTitlesOfTheYearBeforeBesideThoseOfTheYear() {
    long btl = code("HN-BTL");
    assertThat(
            mvc.get()
                .uri("/units/{id}/review?kind=YEAR&year=2020", btl)
                .with(Users.as(Role.VIEWER, btl)))
        .hasStatusOk()
        .bodyText()
        .contains("Thi đua, khen thưởng", "Danh hiệu thi đua theo danh hiệu và cấp")
        .contains("Lao động tiên tiến", "Công nhân giỏi cấp quận", "Tập thể lao động tiên tiến")
        .contains("Tỷ lệ khen thưởng nữ (trên khen thưởng cá nhân)");
  }

  @Test
  void exportsTheReviewAsAWorkbookWithItsFiguresUnitsAndHonours() throws Exception {
    long btl = code("HN-BTL");
    MvcTestResult result =
        mvc.get()
            .uri("/units/{id}/review.xlsx?kind=YEAR&year=2020", btl)
            .with(Users.as(Role.VIEWER, btl))
            .exchange();
    assertThat(result).hasStatusOk();
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      DataFormatter text = new DataFormatter();
      Sheet figures = workbook.getSheetAt(0);
      boolean workersRow = false;
      for (Row row : figures) {
        if ("Lao động".equals(text.formatCellValue(row.getCell(0)))) {
          workersRow = true;
          assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(9815);
        }
      }
      assertThat(workersRow).isTrue();
      assertThat(workbook.getSheetAt(1).getLastRowNum()).isGreaterThan(3);
      boolean titleRow = false;
      for (Row row : workbook.getSheetAt(2)) {
        if ("Lao động tiên tiến".equals(text.formatCellValue(row.getCell(1)))) {
          titleRow = true;
          assertThat(text.formatCellValue(row.getCell(2))).isEqualTo("Cá nhân");
          assertThat(row.getCell(4).getNumericCellValue()).as("held in 2019").isPositive();
        }
      }
      assertThat(titleRow).isTrue();
    }
  }

  @Test
  void answersTheSameFiguresThroughTheApi() {
    long btl = code("HN-BTL");
    assertThat(
            mvc.get()
                .uri("/api/units/{id}/review?kind=YEAR&year=2020", btl)
                .with(Users.as(Role.VIEWER, btl)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json).extractingPath("$.current.organisation.workers").isEqualTo(9815);
              assertThat(json).extractingPath("$.current.organisation.members").isEqualTo(9367);
              assertThat(json).extractingPath("$.current.recognised.GRASSROOTS").isEqualTo(914);
              assertThat(json).extractingPath("$.period.from").isEqualTo("2020-01-01");
              assertThat(json)
                  .extractingPath("$.previous.honours.granted[0].honourCode")
                  .isEqualTo("LDTT");
              assertThat(json).extractingPath("$.previous.honours.titles").isNotNull();
              assertThat(json).extractingPath("$.current.honours.womenShare").isNotNull();
            });
  }

  @Test
  void explainsARangeWithoutItsDaysInVietnamese() {
    long btl = code("HN-BTL");
    assertThat(
            mvc.get()
                .uri("/api/units/{id}/review?kind=RANGE&from=2020-01-01", btl)
                .with(Users.as(Role.VIEWER, btl)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("cần cả ngày bắt đầu và ngày kết thúc");
  }

  @Test
  void hidesAnotherUnitsReview() {
    long btl = code("HN-BTL");
    long zone = code("HN-KCN");
    assertThat(
            mvc.get()
                .uri("/api/units/{id}/review?kind=YEAR&year=2020", btl)
                .with(Users.as(Role.OFFICER, zone)))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  private long code(String code) {
    return jdbc.sql("select id from org_unit where code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }
}
