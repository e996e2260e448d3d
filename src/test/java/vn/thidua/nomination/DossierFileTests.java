package vn.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.attachment.SampleFiles;
import vn.thidua.honours.HonourAward;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/** The files of a nomination's dossier: on the form, on the nomination's page and in the API. */
@IntegrationTest
class DossierFileTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired Honours honours;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  long district;
  long factory;
  long round;
  SignedInUser districtOfficer;
  SignedInUser factoryOfficer;
  SignedInUser districtViewer;

  @BeforeEach
  void aRoundOfTheDistrict() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    long province = fixtures.province("Tỉnh hồ sơ đính kèm " + tag);
    district = fixtures.unit(province, "LĐLĐ huyện hồ sơ " + tag, "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Nhà máy hồ sơ " + tag);
    districtOfficer = Users.user(Role.OFFICER, district);
    factoryOfficer = Users.user(Role.OFFICER, factory);
    districtViewer = Users.user(Role.VIEWER, district);
    String body =
        """
        {"unitId": %d, "name": "Xét chọn có hồ sơ 2025", "year": 2025, "deadline": "%s",
         "threshold": "SIMPLE_MAJORITY", "honours": [{"code": "CNG", "grade": 2}], "quotas": []}
        """
            .formatted(district, LocalDate.now().plusMonths(1));
    round = read(post("/api/nomination-rounds", districtOfficer, body)).get("id").asLong();
  }

  @Test
  void theFormTakesFilesAndTheReviewingUnitDownloadsThem() {
    long worker = aWorker("Hồ Thị Hồ Sơ");
    assertThat(mvc.get().uri("/nominations/rounds/{r}/new", round).with(Users.as(factoryOfficer)))
        .bodyText()
        .contains("enctype=\"multipart/form-data\"", "name=\"files\"");

    MvcTestResult saved =
        nominateOnThePage(
            worker,
            new MockMultipartFile("files", "Báo cáo thành tích.pdf", null, SampleFiles.pdf()),
            new MockMultipartFile("files", "minh-chung.png", null, SampleFiles.png()));
    assertThat(saved).hasStatus(HttpStatus.FOUND);
    long id = nominationOf(worker).orElseThrow();
    List<Long> files = filesOf(id);
    assertThat(files).hasSize(2);

    assertThat(mvc.get().uri("/nominations/{id}", id).with(Users.as(districtViewer)))
        .hasStatusOk()
        .bodyText()
        .contains("Tệp hồ sơ", "Báo cáo thành tích.pdf", "minh-chung.png")
        .doesNotContain("attachment-file");
    MvcTestResult download =
        mvc.get()
            .uri("/nominations/{id}/attachments/{a}", id, files.get(0))
            .with(Users.as(districtViewer))
            .exchange();
    assertThat(download).hasStatusOk().headers().hasValue("Content-Type", "application/pdf");
    assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(SampleFiles.pdf());
    assertThat(auditActions(files.get(0))).containsExactly("CREATE");
  }

  @Test
  void aRefusedFileLeavesNoNominationBehind() {
    long worker = aWorker("Lò Văn Từ Chối");

    assertThat(
            nominateOnThePage(
                worker, new MockMultipartFile("files", "bao-cao.pdf", null, SampleFiles.html())))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Loại tệp không được chấp nhận");
    assertThat(nominationOf(worker)).isEmpty();
  }

  @Test
  void theProposingUnitChangesFilesOnlyWhileTheDossierIsItsOwn() {
    long id = nominateByApi(aWorker("Đinh Văn Minh Chứng"));
    long scan = attachByApi(id, factoryOfficer, "scan.pdf", SampleFiles.pdf());
    long sheet = attachByApi(id, factoryOfficer, "bang-diem.xlsx", SampleFiles.xlsx());

    // a viewer of the reviewing unit reads the files but does not change them
    assertThat(
            mvc.get().uri("/api/nominations/{id}/attachments", id).with(Users.as(districtViewer)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.files.length()").asNumber().isEqualTo(2);
              body.assertThat().extractingPath("$.canChange").isEqualTo(false);
            });
    assertThat(
            mvc.post()
                .uri("/api/nominations/{id}/attachments", id)
                .multipart()
                .file(new MockMultipartFile("file", "x.pdf", null, SampleFiles.pdf()))
                .with(Users.as(districtViewer)))
        .hasStatus(HttpStatus.FORBIDDEN);
    // another province sees nothing of it
    SignedInUser stranger = Users.user(Role.OFFICER, fixtures.province("Tỉnh ngoài hồ sơ"));
    assertThat(
            mvc.get()
                .uri("/api/nominations/{id}/attachments/{a}", id, scan)
                .with(Users.as(stranger)))
        .hasStatus(HttpStatus.NOT_FOUND);

    assertThat(
            mvc.delete()
                .uri("/api/nominations/{id}/attachments/{a}", id, sheet)
                .with(Users.as(factoryOfficer)))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(filesOf(id)).containsExactly(scan);
    assertThat(auditActions(sheet)).containsExactly("CREATE", "DELETE");

    submit(id);
    assertThat(
            mvc.delete()
                .uri("/api/nominations/{id}/attachments/{a}", id, scan)
                .with(Users.as(factoryOfficer)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("chỉ sửa khi là bản nháp hoặc bị trả lại");
    assertThat(filesOf(id)).containsExactly(scan);
  }

  @Test
  void theNominationPageUploadsAndDeletesFiles() {
    long id = nominateByApi(aWorker("Khúc Thị Trang Hồ Sơ"));

    assertThat(
            mvc.post()
                .uri("/nominations/{id}/attachments", id)
                .multipart()
                .file(new MockMultipartFile("file", "Ảnh bằng khen.jpg", null, SampleFiles.jpeg()))
                .with(csrf())
                .with(Users.as(factoryOfficer)))
        .hasStatus3xxRedirection()
        .flash()
        .containsEntry("notice", "Đã tải lên tệp Ảnh bằng khen.jpg.");
    assertThat(
            mvc.post()
                .uri("/nominations/{id}/attachments", id)
                .multipart()
                .file(new MockMultipartFile("file", "trang.pdf", null, SampleFiles.html()))
                .with(csrf())
                .with(Users.as(factoryOfficer)))
        .hasStatus3xxRedirection()
        .flash()
        .containsEntry(
            "attachmentError",
            "Loại tệp không được chấp nhận. Chỉ nhận tệp PDF, ảnh JPEG hoặc PNG, Word (.docx, .doc)"
                + " và Excel (.xlsx, .xls).");
    long file = filesOf(id).get(0);
    assertThat(filesOf(id)).hasSize(1);
    assertThat(mvc.get().uri("/nominations/{id}", id).with(Users.as(factoryOfficer)))
        .bodyText()
        .contains("Ảnh bằng khen.jpg", "/nominations/" + id + "/attachments/" + file + "/delete");

    assertThat(
            mvc.post()
                .uri("/nominations/{id}/attachments/{a}/delete", id, file)
                .with(csrf())
                .with(Users.as(factoryOfficer)))
        .hasStatus3xxRedirection();
    assertThat(filesOf(id)).isEmpty();
  }

  private MvcTestResult nominateOnThePage(long worker, MockMultipartFile... files) {
    var request = mvc.post().uri("/nominations/rounds/{r}/new", round).multipart();
    for (MockMultipartFile file : files) {
      request.file(file);
    }
    return request
        .with(Users.as(factoryOfficer))
        .with(csrf())
        .param("proposingUnitId", String.valueOf(factory))
        .param("recipient", "INDIVIDUAL")
        .param("personId", String.valueOf(worker))
        .param("honour", "CNG/2")
        .param("achievements", "Vượt định mức sản xuất cả năm.")
        .exchange();
  }

  private long nominateByApi(long worker) {
    String body =
        """
        {"roundId": %d, "proposingUnitId": %d, "recipient": "INDIVIDUAL", "personId": %d,
         "honourCode": "CNG", "achievements": "Năng suất vượt kế hoạch cả năm."}
        """
            .formatted(round, factory, worker);
    return read(post("/api/nominations", factoryOfficer, body)).get("id").asLong();
  }

  private void submit(long id) {
    int version =
        read(mvc.get().uri("/api/nominations/{id}", id).with(Users.as(factoryOfficer)).exchange())
            .get("version")
            .asInt();
    assertThat(
            post(
                "/api/nominations/%d/actions".formatted(id),
                factoryOfficer,
                "{\"action\": \"SUBMIT\", \"version\": %d}".formatted(version)))
        .hasStatusOk();
  }

  private long attachByApi(long id, SignedInUser user, String name, byte[] content) {
    MvcTestResult result =
        mvc.post()
            .uri("/api/nominations/{id}/attachments", id)
            .multipart()
            .file(new MockMultipartFile("file", name, null, content))
            .with(Users.as(user))
            .exchange();
    assertThat(result).hasStatus(HttpStatus.CREATED);
    return read(result).get("id").asLong();
  }

  private long aWorker(String name) {
    long person =
        people.register(
            new NewPerson(
                factory,
                name,
                Gender.FEMALE,
                1990,
                "Công nhân",
                true,
                true,
                LocalDate.of(2015, 3, 1)));
    honours.recordAwarded(
        List.of(
            new HonourAward("CNG", 1, Recipient.INDIVIDUAL, person, null, 2025, factory, null)));
    return person;
  }

  private java.util.Optional<Long> nominationOf(long person) {
    return jdbc.sql("select id from nomination where round_id = :r and person_id = :p")
        .param("r", round)
        .param("p", person)
        .query(Long.class)
        .optional();
  }

  private List<Long> filesOf(long nomination) {
    return jdbc.sql(
            "select attachment_id from nomination_attachment where nomination_id = :n"
                + " order by attachment_id")
        .param("n", nomination)
        .query(Long.class)
        .list();
  }

  private List<String> auditActions(long attachment) {
    return jdbc.sql(
            "select action from audit_event where entity_type = 'NominationAttachment'"
                + " and entity_id = :id order by id")
        .param("id", String.valueOf(attachment))
        .query(String.class)
        .list();
  }

  private MvcTestResult post(String uri, SignedInUser user, String body) {
    return mvc.post()
        .uri(uri)
        .with(Users.as(user))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private JsonNode read(MvcTestResult result) {
    assertThat(result.getResponse().getStatus()).isLessThan(300);
    try {
      return json.readTree(result.getResponse().getContentAsString());
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
