package vn.thidua.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.shared.imports.BackgroundFiles;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/** A review's file built in the background: started, followed, downloaded, and kept in scope. */
@IntegrationTest
class ReviewBuildsTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired BackgroundFiles files;

  @Test
  void buildsTheReviewInTheBackgroundAndHandsOutTheFile() throws Exception {
    long btl = code("HN-BTL");
    MvcTestResult started =
        mvc.post()
            .uri("/units/{id}/review/builds", btl)
            .param("kind", "YEAR")
            .param("year", "2020")
            .param("format", "PDF")
            .with(Users.as(Role.VIEWER, btl))
            .with(csrf())
            .exchange();
    assertThat(started).hasStatus(HttpStatus.FOUND);
    String location = started.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/units/" + btl + "/review/builds/");
    UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

    String progress = finished(btl, job);
    assertThat(progress).contains("Đã lập xong báo cáo", "100%", "/file");
    assertThat(
            jdbc.sql("select processed_rows from import_job where id = :id")
                .param("id", job)
                .query(Integer.class)
                .single())
        .isEqualTo(2);

    MvcTestResult file =
        mvc.get()
            .uri("/units/{id}/review/builds/{job}/file", btl, job)
            .with(Users.as(Role.VIEWER, btl))
            .exchange();
    assertThat(file).hasStatusOk().hasContentType("application/pdf");
    assertThat(new String(file.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void keepsTheJobAndItsFileFromAnotherUnitsOfficer() throws Exception {
    long btl = code("HN-BTL");
    long zone = code("HN-KCN");
    MvcTestResult started =
        mvc.post()
            .uri("/units/{id}/review/builds", btl)
            .param("kind", "YEAR")
            .param("year", "2020")
            .param("format", "DOCX")
            .with(Users.as(Role.OFFICER, btl))
            .with(csrf())
            .exchange();
    String location = started.getResponse().getRedirectedUrl();
    UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    finished(btl, job);

    assertThat(
            mvc.get()
                .uri("/units/{id}/review/builds/{job}/file", btl, job)
                .with(Users.as(Role.OFFICER, zone)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.get()
                .uri("/units/{id}/review/builds/{job}", btl, job)
                .with(Users.as(Role.OFFICER, zone)))
        .hasStatus(HttpStatus.NOT_FOUND);
    // the job named under the officer's own unit is not theirs either
    assertThat(
            mvc.get()
                .uri("/units/{id}/review/builds/{job}/file", zone, job)
                .with(Users.as(Role.OFFICER, zone)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/units/{id}/review/builds", btl)
                .param("format", "PDF")
                .with(Users.as(Role.OFFICER, zone))
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void buildsTheWorkbookThroughTheApi() throws Exception {
    long btl = code("HN-BTL");
    MvcTestResult started =
        mvc.post()
            .uri("/api/units/{id}/review/builds?kind=YEAR&year=2020&format=XLSX", btl)
            .with(Users.as(Role.VIEWER, btl))
            .exchange();
    assertThat(started).hasStatus(HttpStatus.ACCEPTED);
    String location = started.getResponse().getHeader("Location");
    assertThat(location).startsWith("/api/units/" + btl + "/review/builds/");
    UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    finished(btl, job);

    assertThat(mvc.get().uri(location).with(Users.as(Role.VIEWER, btl)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.state")
        .isEqualTo("SUCCEEDED");
    assertThat(mvc.get().uri(location + "/file").with(Users.as(Role.VIEWER, btl)))
        .hasStatusOk()
        .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(mvc.get().uri(location + "/file").with(Users.as(Role.OFFICER, code("HN-KCN"))))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void breaksTheBuiltFileDownAsAsked() throws Exception {
    long btl = code("HN-BTL");
    MvcTestResult started =
        mvc.post()
            .uri("/api/units/{id}/review/builds?kind=YEAR&year=2020&by=sector&format=XLSX", btl)
            .with(Users.as(Role.VIEWER, btl))
            .exchange();
    assertThat(started).hasStatus(HttpStatus.ACCEPTED);
    String location = started.getResponse().getHeader("Location");
    UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    finished(btl, job);
    List<String> built = breakdown(location + "/file", btl);

    assertThat(built)
        .isEqualTo(breakdown("/units/" + btl + "/review.xlsx?kind=YEAR&year=2020&by=sector", btl));
    assertThat(built)
        .isNotEqualTo(breakdown("/units/" + btl + "/review.xlsx?kind=YEAR&year=2020", btl));
  }

  /** The texts of the breakdown sheet of the workbook at the address. */
  private List<String> breakdown(String uri, long unitId) throws Exception {
    MvcTestResult result = mvc.get().uri(uri).with(Users.as(Role.VIEWER, unitId)).exchange();
    assertThat(result).hasStatusOk();
    List<String> texts = new ArrayList<>();
    DataFormatter text = new DataFormatter();
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
      for (Row row : workbook.getSheetAt(1)) {
        for (Cell cell : row) {
          texts.add(text.formatCellValue(cell));
        }
      }
    }
    return texts;
  }

  @Test
  void removesBuiltFilesADayAfterTheyFinished() {
    long btl = code("HN-BTL");
    UUID old = builtFile(btl, "2 days");
    UUID fresh = builtFile(btl, "1 hour");

    files.removeOldFiles();

    assertThat(jobExists(old)).isFalse();
    assertThat(jobExists(fresh)).isTrue();
  }

  private UUID builtFile(long unitId, String finishedAgo) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into import_job (id, kind, unit_id, created_by, file_name, status, result,"
                + " result_type, finished_at) values (:id, 'REVIEW_FILE', :unit, 'ai-do', 'a.pdf',"
                + " 'SUCCEEDED', :content, 'application/pdf',"
                + " now() - cast(:ago as interval))")
        .param("id", id)
        .param("unit", unitId)
        .param("content", new byte[] {1, 2, 3})
        .param("ago", finishedAgo)
        .update();
    return id;
  }

  private boolean jobExists(UUID id) {
    return jdbc.sql("select count(*) from import_job where id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The progress fragment once the job has finished. */
  private String finished(long unitId, UUID job) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    String fragment;
    do {
      MvcTestResult result =
          mvc.get()
              .uri("/units/{id}/review/builds/{job}", unitId, job)
              .header("HX-Request", "true")
              .with(Users.as(Role.VIEWER, unitId))
              .exchange();
      assertThat(result).hasStatusOk();
      fragment = result.getResponse().getContentAsString();
      if (!fragment.contains("hx-trigger")) {
        return fragment;
      }
      Thread.sleep(200);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("The build did not finish: " + fragment);
  }

  private long code(String code) {
    return jdbc.sql("select id from org_unit where code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }
}
