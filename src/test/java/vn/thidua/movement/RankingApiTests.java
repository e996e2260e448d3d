package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class RankingApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;
  @Autowired Progress progress;
  @Autowired RecordedChanges changes;

  MovementWorld.Units units;
  MovementView movement;
  long phase;

  @BeforeEach
  void reportedPhase() {
    units = world.units();
    movement =
        world.launched(
            units,
            "Phong trào xếp hạng " + UUID.randomUUID().toString().substring(0, 8),
            LocalDate.now().plusDays(20));
    phase = movement.phases().get(0).id();
    report(units.factoryA(), "12", "0", "1");
    report(units.factoryB(), "5", "2", "0");
  }

  @Test
  void scoresAndRanksInsideEachClusterAndSector() {
    assertThat(ranking(Role.VIEWER, units.district()))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.provisional").isEqualTo(true);
              body.assertThat()
                  .extractingPath("$.lines[*].unitId")
                  .asArray()
                  .extracting(n -> ((Number) n).longValue())
                  .containsExactly(units.factoryA(), units.factoryB(), units.school());
              body.assertThat()
                  .extractingPath("$.lines[*].finalScore")
                  .asArray()
                  .extracting(n -> ((Number) n).doubleValue())
                  .containsExactly(100.0, 25.0, 0.0);
              body.assertThat().extractingPath("$.lines[2].missingReports").asNumber().isEqualTo(3);
              body.assertThat()
                  .extractingPath("$.clusters[0].name")
                  .isEqualTo("Cụm doanh nghiệp " + units.district());
              body.assertThat()
                  .extractingPath("$.clusters[0].lines[*].clusterRank")
                  .asArray()
                  .containsExactly(1, 2);
              body.assertThat().extractingPath("$.clusters[1].name").isNull();
              body.assertThat()
                  .extractingPath("$.sectors[*].name")
                  .asArray()
                  .containsExactly("Doanh nghiệp", "Trường học");
              body.assertThat().extractingPath("$.sectors[1].lines[0].sectorRank").isEqualTo(1);
            });
  }

  @Test
  void anOfficerAdjustsAScoreWithAReason() {
    assertThat(adjust(units.factoryB(), "{\"points\": 5}"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("Cần ghi rõ lý do điều chỉnh điểm.");
    assertThat(
            adjust(
                units.factoryB(),
                "{\"points\": 75.5, \"reason\": \"Đạt giải Nhất Hội thi an toàn vệ sinh viên\"}"))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat()
                  .extractingPath("$.lines[0].unitId")
                  .asNumber()
                  .satisfies(n -> assertThat(n.longValue()).isEqualTo(units.factoryB()));
              body.assertThat()
                  .extractingPath("$.lines[0].finalScore")
                  .asNumber()
                  .satisfies(n -> assertThat(n.doubleValue()).isEqualTo(100.5));
              body.assertThat()
                  .extractingPath("$.lines[0].adjustmentReason")
                  .isEqualTo("Đạt giải Nhất Hội thi an toàn vệ sinh viên");
            });
    assertThat(adjust(units.factoryB(), "{\"points\": 1, \"reason\": \"Sửa lại\"}"))
        .hasStatus(HttpStatus.CONFLICT);
    assertThat(adjust(units.factoryB(), "{\"points\": 1, \"reason\": \"Sửa lại\", \"version\": 0}"))
        .hasStatusOk();
    assertThat(changes.actionsOn("ScoreAdjustment", adjustmentId(units.factoryB())))
        .containsExactly("CREATE", "UPDATE");
  }

  @Test
  void aParticipantCannotSeeTheRankingNorAdjustIt() {
    assertThat(ranking(Role.OFFICER, units.factoryA())).hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.put()
                .uri(
                    "/api/movements/{m}/phases/{p}/adjustments/{u}",
                    movement.id(),
                    phase,
                    units.factoryA())
                .with(Users.as(Role.OFFICER, units.factoryA()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"points\": 50, \"reason\": \"Tự cộng\"}"))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void exportsTheRankingToExcel() throws Exception {
    MvcTestResult export =
        mvc.get()
            .uri("/api/movements/{m}/phases/{p}/ranking.xlsx", movement.id(), phase)
            .with(Users.as(Role.VIEWER, units.district()))
            .exchange();
    assertThat(export).hasStatusOk();
    assertThat(export.getResponse().getContentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Xếp hạng thi đua – " + movement.name());
      Row header = null;
      for (Row row : sheet) {
        if (row.getCell(0) != null
            && row.getCell(0).getCellType() == CellType.STRING
            && "Hạng chung".equals(row.getCell(0).getStringCellValue())) {
          header = row;
        }
      }
      assertThat(header).isNotNull();
      Row first = sheet.getRow(header.getRowNum() + 1);
      assertThat(first.getCell(1).getStringCellValue()).startsWith("Công đoàn Công ty May A");
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1.0);
      int finalScore = header.getLastCellNum() - 2;
      assertThat(header.getCell(finalScore).getStringCellValue()).isEqualTo("Tổng điểm");
      assertThat(first.getCell(finalScore).getNumericCellValue()).isEqualTo(100.0);
    }
  }

  private void report(long unit, String initiatives, String accidents, String agreement) {
    List<MovementView.CriterionView> criteria = movement.criteria();
    SignedInUser officer = Users.user(Role.OFFICER, unit);
    Users.runAs(
        officer,
        () ->
            progress.report(
                movement.id(),
                phase,
                unit,
                new ProgressDraft(
                    List.of(
                        new ProgressDraft.Value(
                            criteria.get(0).id(), new BigDecimal(initiatives), null),
                        new ProgressDraft.Value(
                            criteria.get(1).id(), new BigDecimal(accidents), null),
                        new ProgressDraft.Value(
                            criteria.get(2).id(), new BigDecimal(agreement), null)),
                    null)));
  }

  private MvcTestResult ranking(Role role, long unit) {
    return mvc.get()
        .uri("/api/movements/{m}/phases/{p}/ranking", movement.id(), phase)
        .with(Users.as(role, unit))
        .exchange();
  }

  private MvcTestResult adjust(long unit, String body) {
    return mvc.put()
        .uri("/api/movements/{m}/phases/{p}/adjustments/{u}", movement.id(), phase, unit)
        .with(Users.as(Role.OFFICER, units.district()))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private long adjustmentId(long unit) {
    return world.adjustmentId(phase, unit);
  }
}
