package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class RankingPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;

  MovementWorld.Units units;
  MovementView movement;
  long phase;

  @BeforeEach
  void world() {
    units = world.units();
    movement =
        world.launched(
            units,
            "Phong trào trang xếp hạng " + UUID.randomUUID().toString().substring(0, 8),
            LocalDate.now().plusDays(20));
    phase = movement.phases().get(0).id();
  }

  @Test
  void showsTheMethodAndTheRankingsInClustersAndSectors() {
    assertThat(
            mvc.get()
                .uri("/movements/{m}/ranking", movement.id())
                .with(Users.as(Role.VIEWER, units.district())))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Cách chấm điểm",
            "vượt chỉ tiêu vẫn tính 100 %",
            "Tạm tính",
            "Cụm doanh nghiệp " + units.district(),
            "Chưa xếp cụm",
            "Trường học",
            "Thiếu 3 tiêu chí")
        .doesNotContain("Điều chỉnh điểm");
  }

  @Test
  void keepsTheTypedAdjustmentWhenTheReasonIsMissing() {
    assertThat(
            mvc.post()
                .uri(
                    "/movements/{m}/phases/{p}/adjustments/{u}",
                    movement.id(),
                    phase,
                    units.school())
                .param("points", "2,5")
                .with(Users.as(Role.OFFICER, units.district()))
                .with(csrf()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Cần ghi rõ lý do điều chỉnh điểm.", "value=\"2,5\"");
    assertThat(
            mvc.post()
                .uri(
                    "/movements/{m}/phases/{p}/adjustments/{u}",
                    movement.id(),
                    phase,
                    units.school())
                .param("points", "2,5")
                .param("reason", "Tổ chức tốt Tháng Công nhân")
                .with(Users.as(Role.OFFICER, units.district()))
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(
            mvc.get()
                .uri("/movements/{m}/ranking?phaseId={p}", movement.id(), phase)
                .with(Users.as(Role.OFFICER, units.district())))
        .bodyText()
        .contains("+2,50", "Tổ chức tốt Tháng Công nhân", "Điều chỉnh điểm");
  }

  @Test
  void exportsTheRankingFromThePage() {
    assertThat(
            mvc.get()
                .uri("/movements/{m}/ranking.xlsx?phaseId={p}", movement.id(), phase)
                .with(Users.as(Role.VIEWER, units.district())))
        .hasStatusOk()
        .headers()
        .hasValue(
            "Content-Disposition",
            "attachment; filename=\"xep-hang-thi-dua.xlsx\"; filename*=UTF-8''xep-hang-thi-dua.xlsx");
  }
}
