package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/**
 * The whole workflow through the JSON API, as the district's officer and two grassroots officers
 * walk it: launch → register → approve → report → score → rank.
 */
@IntegrationTest
class MovementWorkflowTests {

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;
  @Autowired ObjectMapper json;

  @Test
  void walksFromLaunchToRanking() {
    MovementWorld.Units units = world.units();
    String name = "Phong trào trọn vòng " + UUID.randomUUID().toString().substring(0, 8);

    // The district officer drafts the two-phase movement and launches it.
    JsonNode movement =
        body(
            call(
                HttpStatus.CREATED,
                mvc.post()
                    .uri("/api/movements")
                    .with(Users.as(Role.OFFICER, units.district()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(MovementWorld.completeJson(units, name))));
    long movementId = movement.get("id").asLong();
    JsonNode launched =
        body(
            call(
                HttpStatus.OK,
                mvc.post()
                    .uri("/api/movements/{id}/launch", movementId)
                    .with(Users.as(Role.OFFICER, units.district()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\": 0}")));
    assertThat(launched.get("status").asString()).isEqualTo("LAUNCHED");
    long phase = launched.get("phases").get(0).get("id").asLong();
    long initiatives = launched.get("criteria").get(0).get("id").asLong();
    long accidents = launched.get("criteria").get(1).get("id").asLong();
    long agreement = launched.get("criteria").get(2).get("id").asLong();

    // Factory A pledges 20 initiatives; factory B pledges the movement's 10.
    long registrationA =
        register(units.factoryA(), movementId, initiatives, 20, accidents, "CDCS_HTXS");
    long registrationB =
        register(units.factoryB(), movementId, initiatives, 10, accidents, "CDCS_HTXS");

    // The district approves both.
    approve(registrationA, units.district());
    approve(registrationB, units.district());
    assertThat(
            body(call(
                    HttpStatus.OK,
                    mvc.get()
                        .uri("/api/movements/{id}/registrations", movementId)
                        .with(Users.as(Role.OFFICER, units.district()))))
                .get("counts")
                .get("approved")
                .asInt())
        .isEqualTo(2);

    // Each reports the first phase: A reached 15 of its 20, B 15 of its 10 (capped), B had an
    // accident, both signed their agreement.
    reportPhase(movementId, phase, units.factoryA(), initiatives, 15, accidents, 0, agreement);
    reportPhase(movementId, phase, units.factoryB(), initiatives, 15, accidents, 1, agreement);

    // The achievement table shows A at 75 % of its own target.
    JsonNode table =
        body(
            call(
                HttpStatus.OK,
                mvc.get()
                    .uri("/api/movements/{m}/phases/{p}/achievement", movementId, phase)
                    .with(Users.as(Role.OFFICER, units.district()))));
    JsonNode rowA = rowOf(table.get("rows"), units.factoryA());
    assertThat(rowA.get("cells").get(0).get("percentOfTarget").asDouble()).isEqualTo(75.0);

    // Scores: A = 50 × 0.75 + 30 + 20 = 87.5; B = 50 + 0 (1 accident against 0) + 20 = 70.
    JsonNode ranking =
        body(
            call(
                HttpStatus.OK,
                mvc.get()
                    .uri("/api/movements/{m}/phases/{p}/ranking", movementId, phase)
                    .with(Users.as(Role.OFFICER, units.district()))));
    JsonNode cluster = ranking.get("clusters").get(0);
    assertThat(cluster.get("name").asString()).isEqualTo("Cụm doanh nghiệp " + units.district());
    assertThat(cluster.get("lines").get(0).get("unitId").asLong()).isEqualTo(units.factoryA());
    assertThat(cluster.get("lines").get(0).get("finalScore").asDouble()).isEqualTo(87.5);
    assertThat(cluster.get("lines").get(0).get("clusterRank").asInt()).isEqualTo(1);
    assertThat(cluster.get("lines").get(1).get("unitId").asLong()).isEqualTo(units.factoryB());
    assertThat(cluster.get("lines").get(1).get("finalScore").asDouble()).isEqualTo(70.0);
    assertThat(cluster.get("lines").get(1).get("clusterRank").asInt()).isEqualTo(2);

    // An adjustment with its reason levels them: they now share first place.
    JsonNode adjusted =
        body(
            call(
                HttpStatus.OK,
                mvc.put()
                    .uri(
                        "/api/movements/{m}/phases/{p}/adjustments/{u}",
                        movementId,
                        phase,
                        units.factoryB())
                    .with(Users.as(Role.OFFICER, units.district()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"points\": 17.5, \"reason\": \"Khắc phục hậu quả tai nạn kịp thời\"}")));
    JsonNode levelled = adjusted.get("clusters").get(0).get("lines");
    assertThat(levelled.get(0).get("clusterRank").asInt()).isEqualTo(1);
    assertThat(levelled.get(1).get("clusterRank").asInt()).isEqualTo(1);

    // The ranking goes out as a workbook.
    assertThat(
            mvc.get()
                .uri("/api/movements/{m}/phases/{p}/ranking.xlsx", movementId, phase)
                .with(Users.as(Role.OFFICER, units.district())))
        .hasStatusOk()
        .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  private long register(
      long unit, long movementId, long initiatives, int pledged, long accidents, String title) {
    long id =
        body(call(
                HttpStatus.CREATED,
                mvc.post()
                    .uri("/api/movements/{id}/registrations", movementId)
                    .with(Users.as(Role.OFFICER, unit))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                            {"unitId": %d,
                             "targets": [{"criterionId": %d, "target": %d},
                                         {"criterionId": %d, "target": 0}],
                             "titles": ["%s"]}
                            """
                            .formatted(unit, initiatives, pledged, accidents, title))))
            .get("id")
            .asLong();
    JsonNode submitted =
        body(
            call(
                HttpStatus.OK,
                mvc.post()
                    .uri("/api/registrations/{id}/submit", id)
                    .with(Users.as(Role.OFFICER, unit))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\": 0}")));
    assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
    return id;
  }

  private void approve(long registration, long organiser) {
    JsonNode approved =
        body(
            call(
                HttpStatus.OK,
                mvc.post()
                    .uri("/api/registrations/{id}/approve", registration)
                    .with(Users.as(Role.OFFICER, organiser))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\": 1}")));
    assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
  }

  private void reportPhase(
      long movementId,
      long phase,
      long unit,
      long initiatives,
      int initiativesValue,
      long accidents,
      int accidentsValue,
      long agreement) {
    call(
        HttpStatus.OK,
        mvc.put()
            .uri("/api/movements/{m}/phases/{p}/reports/{u}", movementId, phase, unit)
            .with(Users.as(Role.OFFICER, unit))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"values": [{"criterionId": %d, "value": %d}, {"criterionId": %d, "value": %d},
                            {"criterionId": %d, "value": 1, "note": "Ký ngày 15/03"}]}
                """
                    .formatted(
                        initiatives, initiativesValue, accidents, accidentsValue, agreement)));
  }

  private static JsonNode rowOf(JsonNode rows, long unit) {
    for (JsonNode row : rows) {
      if (row.get("unitId").asLong() == unit) {
        return row;
      }
    }
    throw new AssertionError("no row for unit " + unit);
  }

  private MvcTestResult call(HttpStatus expected, MockMvcTester.MockMvcRequestBuilder request) {
    MvcTestResult result = request.exchange();
    assertThat(result).hasStatus(expected);
    return result;
  }

  private JsonNode body(MvcTestResult result) {
    return json.readTree(result.getResponse().getContentAsByteArray());
  }
}
