package vn.thidua.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class UnitApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;

  long bacTuLiem;
  long hanoi;

  @BeforeEach
  void demoUnits() {
    bacTuLiem = code("HN-BTL");
    hanoi = code("HN");
  }

  @Test
  void rollsUpBacTuLiemAsOfSeptember2020() {
    assertThat(
            mvc.get()
                .uri("/api/units/{id}/rollup?asOf=2020-09-30", bacTuLiem)
                .with(Users.as(Role.VIEWER, hanoi)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            json -> {
              json.assertThat().extractingPath("$.total.grassrootsUnits").asNumber().isEqualTo(248);
              json.assertThat().extractingPath("$.total.workers").asNumber().isEqualTo(9815);
              json.assertThat().extractingPath("$.total.members").asNumber().isEqualTo(9367);
            });
  }

  @Test
  void findsUnitsWithoutDiacritics() {
    assertThat(
            mvc.get().uri("/api/units?q=tieu hoc dong ngac a").with(Users.as(Role.VIEWER, hanoi)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.items[*].name")
        .asArray()
        .contains("Trường Tiểu học Đông Ngạc A");
  }

  @Test
  void hidesUnitsOutsideTheUsersSubtree() {
    long zone = code("HN-KCN");
    assertThat(mvc.get().uri("/api/units/{id}", bacTuLiem).with(Users.as(Role.OFFICER, zone)))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("Không tìm thấy đơn vị");
    assertThat(mvc.get().uri("/api/units?q=dong ngac").with(Users.as(Role.OFFICER, zone)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.total")
        .asNumber()
        .isEqualTo(0);
  }

  @Test
  void createsAUnitAndRefusesBadInputInVietnamese() {
    long province = fixtures.province("Tỉnh API");
    assertThat(
            mvc.post()
                .uri("/api/units")
                .with(Users.as(Role.OFFICER, province))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"parentId": %d, "name": "Công đoàn Công ty Mới", "levelCode": "GRASSROOTS",
                     "sectorCode": "DN", "foundedOn": "2021-03-01"}
                    """
                        .formatted(province)))
        .hasStatus(HttpStatus.CREATED)
        .bodyJson()
        .extractingPath("$.levelCode")
        .isEqualTo("GRASSROOTS");

    assertThat(
            mvc.post()
                .uri("/api/units")
                .with(Users.as(Role.OFFICER, province))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\": %d, \"levelCode\": \"GRASSROOTS\"}".formatted(province)))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("Tên không được để trống");

    assertThat(
            mvc.post()
                .uri("/api/units")
                .with(Users.as(Role.OFFICER, province))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"parentId\": %d, \"name\": \"X\", \"levelCode\": \"PROVINCE\", \"foundedOn\": \"2021-01-01\"}"
                        .formatted(province)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("phải thấp hơn cấp của đơn vị cấp trên");
  }

  @Test
  void detectsAConcurrentEdit() {
    long province = fixtures.province("Tỉnh sửa");
    String body = "{\"name\": \"Tên mới\", \"version\": %d}";
    assertThat(
            mvc.put()
                .uri("/api/units/{id}", province)
                .with(Users.as(Role.OFFICER, province))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(0)))
        .hasStatusOk();
    assertThat(
            mvc.put()
                .uri("/api/units/{id}", province)
                .with(Users.as(Role.OFFICER, province))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(0)))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("vừa được người khác thay đổi");
  }

  @Test
  void aViewerMayNotRecordFigures() {
    assertThat(
            mvc.post()
                .uri("/api/units/{id}/figures", bacTuLiem)
                .with(Users.as(Role.VIEWER, hanoi))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"asOf\":\"2021-01-01\",\"workers\":1,\"womenWorkers\":0,\"members\":1,\"womenMembers\":0}"))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void rejectsAMalformedDateWithAProblemDetail() {
    assertThat(
            mvc.get()
                .uri("/api/units/{id}/rollup?asOf=31-31-2020", bacTuLiem)
                .with(Users.as(Role.VIEWER, hanoi)))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void exportsTheUnitsBelowWithTheirRollUps() throws Exception {
    var result =
        mvc.get()
            .uri("/api/units/{id}/children.xlsx?asOf=2020-09-30", bacTuLiem)
            .with(Users.as(Role.VIEWER, hanoi))
            .exchange();
    assertThat(result).hasStatusOk();
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
      var lastRow = sheet.getRow(sheet.getLastRowNum());
      assertThat(formatter.formatCellValue(lastRow.getCell(0))).isEqualTo("Tổng cộng");
      assertThat(lastRow.getCell(2).getNumericCellValue()).isEqualTo(248);
      assertThat(lastRow.getCell(3).getNumericCellValue()).isEqualTo(9815);
      assertThat(lastRow.getCell(5).getNumericCellValue()).isEqualTo(9367);
    }
  }

  private long code(String code) {
    return jdbc.sql("select id from org_unit where code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }
}
