package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.attachment.SampleFiles;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class ProgressEvidenceTests {

  private static final String FILES = "/api/movements/{m}/phases/{p}/reports/{u}/attachments";

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;
  @Autowired RecordedChanges changes;

  MovementWorld.Units units;
  MovementView movement;
  long firstPhase;
  long secondPhase;

  @BeforeEach
  void world() {
    units = world.units();
    movement =
        world.launched(
            units,
            "Phong trào minh chứng " + UUID.randomUUID().toString().substring(0, 8),
            LocalDate.now().plusDays(20));
    firstPhase = movement.phases().get(0).id();
    secondPhase = movement.phases().get(1).id();
  }

  @Test
  void aUnitAttachesEvidenceAndTheOrganiserDownloadsIt() {
    long id = attach(units.factoryA(), firstPhase, "Biên bản nghiệm thu.pdf", SampleFiles.pdf());

    assertThat(
            mvc.get()
                .uri(FILES, movement.id(), firstPhase, units.factoryA())
                .with(Users.as(Role.VIEWER, units.factoryA())))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[0].fileName")
        .isEqualTo("Biên bản nghiệm thu.pdf");
    MvcTestResult download =
        mvc.get()
            .uri(FILES + "/{a}", movement.id(), firstPhase, units.factoryA(), id)
            .with(Users.as(Role.VIEWER, units.district()))
            .exchange();
    assertThat(download)
        .hasStatusOk()
        .headers()
        .hasValue("Content-Type", "application/pdf")
        .hasValue("X-Content-Type-Options", "nosniff");
    assertThat(download.getResponse().getHeader("Content-Disposition"))
        .startsWith("attachment;")
        .contains("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20nghi%E1%BB%87m%20thu.pdf");
    assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(SampleFiles.pdf());
    assertThat(changes.actionsOn(EvidenceService.ENTITY, id)).containsExactly("CREATE");
  }

  @Test
  void refusesAFileThatIsNotADocumentOrAnImage() {
    assertThat(upload(units.factoryA(), firstPhase, "minh-chung.pdf", SampleFiles.html()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("Loại tệp không được chấp nhận");
    assertThat(
            mvc.get()
                .uri(FILES, movement.id(), firstPhase, units.factoryA())
                .with(Users.as(Role.VIEWER, units.factoryA())))
        .bodyJson()
        .extractingPath("$.length()")
        .asNumber()
        .isEqualTo(0);
  }

  @Test
  void refusesEvidenceForAPhaseNotBegun() {
    assertThat(upload(units.factoryA(), secondPhase, "anh.png", SampleFiles.png()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
  }

  @Test
  void keepsEachUnitsEvidenceToThoseWhoSeeItsReport() {
    long id = attach(units.factoryA(), firstPhase, "bang-tong-hop.xlsx", SampleFiles.xlsx());

    assertThat(
            mvc.post()
                .uri(FILES, movement.id(), firstPhase, units.factoryA())
                .multipart()
                .file(file("x.pdf", SampleFiles.pdf()))
                .with(Users.as(Role.VIEWER, units.factoryA())))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.get()
                .uri(FILES + "/{a}", movement.id(), firstPhase, units.factoryA(), id)
                .with(Users.as(Role.OFFICER, units.factoryB())))
        .hasStatus(HttpStatus.NOT_FOUND);
    // the file is factory A's: asking for it under factory B's report finds nothing
    assertThat(
            mvc.get()
                .uri(FILES + "/{a}", movement.id(), firstPhase, units.factoryB(), id)
                .with(Users.as(Role.OFFICER, units.district())))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void aUnitRemovesEvidenceWhileItMayStillReport() {
    long id = attach(units.factoryA(), firstPhase, "anh-hoi-thao.jpg", SampleFiles.jpeg());

    assertThat(
            mvc.delete()
                .uri(FILES + "/{a}", movement.id(), firstPhase, units.factoryA(), id)
                .with(Users.as(Role.VIEWER, units.district())))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.delete()
                .uri(FILES + "/{a}", movement.id(), firstPhase, units.factoryA(), id)
                .with(Users.as(Role.OFFICER, units.factoryA())))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(
            mvc.get()
                .uri(FILES + "/{a}", movement.id(), firstPhase, units.factoryA(), id)
                .with(Users.as(Role.OFFICER, units.factoryA())))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(changes.actionsOn(EvidenceService.ENTITY, id)).containsExactly("CREATE", "DELETE");
  }

  @Test
  void theReportPageUploadsListsAndDeletesEvidence() {
    String page =
        "/movements/%d/phases/%d/units/%d/report"
            .formatted(movement.id(), firstPhase, units.factoryA());
    assertThat(mvc.get().uri(page).with(Users.as(Role.OFFICER, units.factoryA())))
        .hasStatusOk()
        .bodyText()
        .contains("Minh chứng", "Chưa có tệp đính kèm.", "enctype=\"multipart/form-data\"");

    assertThat(
            mvc.post()
                .uri(page + "/attachments")
                .multipart()
                .file(file("Ảnh hiện trường.png", SampleFiles.png()))
                .with(csrf())
                .with(Users.as(Role.OFFICER, units.factoryA())))
        .hasStatus3xxRedirection()
        .flash()
        .containsEntry("notice", "Đã tải lên tệp Ảnh hiện trường.png.");
    assertThat(
            mvc.post()
                .uri(page + "/attachments")
                .multipart()
                .file(file("virus.pdf", SampleFiles.html()))
                .with(csrf())
                .with(Users.as(Role.OFFICER, units.factoryA())))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Loại tệp không được chấp nhận");
    assertThat(mvc.get().uri(page).with(Users.as(Role.VIEWER, units.factoryA())))
        .bodyText()
        .contains("Ảnh hiện trường.png", page + "/attachments/")
        .doesNotContain("/delete");
    assertThat(
            mvc.get()
                .uri("/movements/{m}/progress?phaseId={p}", movement.id(), firstPhase)
                .with(Users.as(Role.VIEWER, units.district())))
        .hasStatusOk()
        .bodyText()
        .contains("Ảnh hiện trường.png", page + "/attachments/");
  }

  private long attach(long unit, long phase, String name, byte[] content) {
    MvcTestResult result = upload(unit, phase, name, content);
    assertThat(result).hasStatus(HttpStatus.CREATED).containsHeader("Location");
    return ((Number) JsonPath.read(bodyOf(result), "$.id")).longValue();
  }

  private MvcTestResult upload(long unit, long phase, String name, byte[] content) {
    return mvc.post()
        .uri(FILES, movement.id(), phase, unit)
        .multipart()
        .file(file(name, content))
        .with(Users.as(Role.OFFICER, unit))
        .exchange();
  }

  private static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("file", name, "application/octet-stream", content);
  }

  private static String bodyOf(MvcTestResult result) {
    try {
      return result.getResponse().getContentAsString();
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
