package vn.thidua.initiative.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.attachment.SampleFiles;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class InitiativeAttachmentTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  long province;
  long district;
  long school;
  SignedInUser worker;

  @BeforeEach
  void units() {
    province = fixtures.province("Tỉnh tài liệu sáng kiến");
    district = fixtures.unit(province, "LĐLĐ huyện tài liệu", "DISTRICT");
    school = fixtures.grassroots(district, "Công đoàn Trường THCS Tài Liệu");
    worker = Users.user(Role.VIEWER, school);
  }

  @Test
  void aWorkerSubmitsWithDocumentsAndTheDistrictDownloadsThem() {
    String title = "Giá sách xoay " + UUID.randomUUID().toString().substring(0, 6);
    assertThat(mvc.get().uri("/initiatives/new").with(Users.as(worker)))
        .bodyText()
        .contains("enctype=\"multipart/form-data\"", "name=\"files\"");

    assertThat(
            submit(
                title,
                file("files", "Bản mô tả.docx", SampleFiles.docx()),
                file("files", "anh.png", SampleFiles.png())))
        .hasStatus(HttpStatus.FOUND);

    long id = initiative(title).orElseThrow();
    assertThat(mvc.get().uri("/initiatives/{id}", id).with(Users.as(Role.VIEWER, district)))
        .hasStatusOk()
        .bodyText()
        .contains("Tệp đính kèm", "Bản mô tả.docx", "anh.png")
        .doesNotContain("attachment-file");
    long attachment = attachmentsOf(id).get(0);
    MvcTestResult download =
        mvc.get()
            .uri("/initiatives/{id}/attachments/{a}", id, attachment)
            .with(Users.as(Role.VIEWER, district))
            .exchange();
    assertThat(download)
        .hasStatusOk()
        .headers()
        .hasValue("X-Content-Type-Options", "nosniff")
        .hasValue(
            "Content-Type",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
    assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(SampleFiles.docx());
    assertThat(auditActions(attachment)).containsExactly("CREATE");
  }

  @Test
  void aRefusedDocumentLeavesNoInitiativeBehind() {
    String title = "Máy tưới tự động " + UUID.randomUUID().toString().substring(0, 6);

    assertThat(submit(title, file("files", "mo-ta.pdf", SampleFiles.html())))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Loại tệp không được chấp nhận", title);
    assertThat(initiative(title)).isEmpty();
  }

  @Test
  void theUnitsOfficersAndTheSubmitterManageDocumentsOthersOnlyRead() {
    String title = "Sổ điểm điện tử " + UUID.randomUUID().toString().substring(0, 6);
    submit(title);
    long id = initiative(title).orElseThrow();

    long byWorker = attachApi(id, worker, "bang-tinh.xlsx", SampleFiles.xlsx());
    long byOfficer =
        attachApi(id, Users.user(Role.OFFICER, district), "quyet-dinh.pdf", SampleFiles.pdf());

    SignedInUser colleague = Users.user(Role.COUNCIL_MEMBER, school);
    assertThat(
            mvc.post()
                .uri("/api/initiatives/{id}/attachments", id)
                .multipart()
                .file(file("file", "x.pdf", SampleFiles.pdf()))
                .with(Users.as(colleague)))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/api/initiatives/{id}/attachments", id).with(Users.as(colleague)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.files.length()").asNumber().isEqualTo(2);
              body.assertThat().extractingPath("$.canChange").isEqualTo(false);
            });
    long otherProvince = fixtures.province("Tỉnh khác tài liệu");
    assertThat(
            mvc.get()
                .uri("/api/initiatives/{id}/attachments/{a}", id, byWorker)
                .with(Users.as(Role.OFFICER, otherProvince)))
        .hasStatus(HttpStatus.NOT_FOUND);

    assertThat(
            mvc.delete()
                .uri("/api/initiatives/{id}/attachments/{a}", id, byOfficer)
                .with(Users.as(worker)))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(attachmentsOf(id)).containsExactly(byWorker);
    assertThat(auditActions(byOfficer)).containsExactly("CREATE", "DELETE");
  }

  @Test
  void theInitiativePageUploadsAndDeletesDocuments() {
    String title = "Bản đồ số trường học " + UUID.randomUUID().toString().substring(0, 6);
    submit(title);
    long id = initiative(title).orElseThrow();
    SignedInUser officer = Users.user(Role.OFFICER, school);

    assertThat(
            mvc.post()
                .uri("/initiatives/{id}/attachments", id)
                .multipart()
                .file(file("file", "Sơ đồ.jpg", SampleFiles.jpeg()))
                .with(csrf())
                .with(Users.as(officer)))
        .hasStatus3xxRedirection()
        .flash()
        .containsEntry("notice", "Đã tải lên tệp Sơ đồ.jpg.");
    long attachment = attachmentsOf(id).get(0);
    assertThat(mvc.get().uri("/initiatives/{id}", id).with(Users.as(officer)))
        .bodyText()
        .contains("Sơ đồ.jpg", "/initiatives/" + id + "/attachments/" + attachment + "/delete");

    assertThat(
            mvc.post()
                .uri("/initiatives/{id}/attachments/{a}/delete", id, attachment)
                .with(csrf())
                .with(Users.as(officer)))
        .hasStatus3xxRedirection();
    assertThat(attachmentsOf(id)).isEmpty();
  }

  private MvcTestResult submit(String title, MockMultipartFile... files) {
    var request = mvc.post().uri("/initiatives/new").multipart();
    for (MockMultipartFile file : files) {
      request.file(file);
    }
    return request
        .with(Users.as(worker))
        .with(csrf())
        .param("unitId", String.valueOf(school))
        .param("title", title)
        .param("summary", "Tóm tắt sáng kiến")
        .param("field", "EDUCATION")
        .param("appliedOn", "05/09/2023")
        .param("benefitDescription", "Tiết kiệm thời gian")
        .param("authorGroup", "Tổ Toán")
        .exchange();
  }

  private long attachApi(long id, SignedInUser user, String name, byte[] content) {
    MvcTestResult result =
        mvc.post()
            .uri("/api/initiatives/{id}/attachments", id)
            .multipart()
            .file(file("file", name, content))
            .with(Users.as(user))
            .exchange();
    assertThat(result).hasStatus(HttpStatus.CREATED);
    try {
      return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id"))
          .longValue();
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private java.util.Optional<Long> initiative(String title) {
    return jdbc.sql("select id from initiative where unit_id = :u and title = :t")
        .param("u", school)
        .param("t", title)
        .query(Long.class)
        .optional();
  }

  private List<Long> attachmentsOf(long initiativeId) {
    return jdbc.sql(
            "select attachment_id from initiative_attachment where initiative_id = :i"
                + " order by attachment_id")
        .param("i", initiativeId)
        .query(Long.class)
        .list();
  }

  private List<String> auditActions(long attachmentId) {
    return jdbc.sql(
            "select action from audit_event where entity_type = 'InitiativeAttachment'"
                + " and entity_id = :id order by id")
        .param("id", String.valueOf(attachmentId))
        .query(String.class)
        .list();
  }

  private static MockMultipartFile file(String part, String name, byte[] content) {
    return new MockMultipartFile(part, name, "application/octet-stream", content);
  }
}
