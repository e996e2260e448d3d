package vn.thidua.decision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.decision.AwardeeDraft;
import vn.thidua.decision.DecisionDraft;
import vn.thidua.decision.DecisionView;
import vn.thidua.decision.Decisions;
import vn.thidua.honours.Recipient;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class DecisionPagesTests {

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired Decisions decisions;
  @Autowired JdbcClient jdbc;

  long district;
  long factory;
  long worker;
  SignedInUser officer;

  @BeforeEach
  void units() {
    long province = fixtures.province("LĐLĐ tỉnh trang quyết định");
    district = fixtures.unit(province, "LĐLĐ huyện trang quyết định", "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Hợp tác xã");
    worker =
        people.register(
            new NewPerson(
                factory,
                "Trịnh Văn Giỏi",
                Gender.MALE,
                1979,
                "Thợ hàn",
                true,
                true,
                LocalDate.of(2001, 8, 1)));
    officer = Users.user(Role.OFFICER, district);
  }

  long idFrom(MvcTestResult result) {
    String location = result.getResponse().getRedirectedUrl();
    return Long.parseLong(location.replaceAll("^/decisions/(\\d+).*$", "$1"));
  }

  @Test
  void anOfficerDraftsAddsAnAwardeeIssuesAndCannotEditAfterwards() {
    MvcTestResult drafted =
        mvc.post()
            .uri("/decisions/new")
            .with(Users.as(officer))
            .with(csrf())
            .param("issuingUnitId", String.valueOf(district))
            .param("year", "2020")
            .param("subject", "Về việc khen thưởng Công nhân giỏi năm 2020")
            .param("bases", "Căn cứ Điều lệ Công đoàn Việt Nam;\nXét đề nghị của Ban Tuyên giáo,")
            .param("signerName", "Lưu Thị Ký")
            .param("signerPosition", "Chủ tịch")
            .exchange();
    assertThat(drafted).hasStatus(HttpStatus.FOUND);
    long id = idFrom(drafted);

    assertThat(
            mvc.get()
                .uri("/decisions/" + id + "/candidates?q=trinh van&recipient=INDIVIDUAL")
                .with(Users.as(officer)))
        .hasStatusOk()
        .bodyText()
        .contains("Trịnh Văn Giỏi");

    int version = version(id);
    assertThat(
            mvc.post()
                .uri("/decisions/" + id + "/awardees")
                .with(Users.as(officer))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("honour", "CNG:2")
                .param("recipient", "INDIVIDUAL")
                .param("personId", String.valueOf(worker))
                .param("citation", "Năng suất vượt 20 %"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/decisions/" + id).with(Users.as(officer)))
        .hasStatusOk()
        .bodyText()
        .contains("Trịnh Văn Giỏi")
        .contains("Công nhân giỏi cấp quận")
        .contains("Ban hành");

    assertThat(
            mvc.post()
                .uri("/decisions/" + id + "/issue")
                .with(Users.as(officer))
                .with(csrf())
                .param("version", String.valueOf(version(id)))
                .param("signedOn", "20/01/2021"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/decisions/" + id).with(Users.as(officer)))
        .hasStatusOk()
        .bodyText()
        .contains("Quyết định số 1/QĐ-LĐLĐ")
        .contains("Đã ban hành")
        .contains("Tải PDF");

    assertThat(
            mvc.post()
                .uri("/decisions/" + id + "/edit")
                .with(Users.as(officer))
                .with(csrf())
                .param("version", String.valueOf(version(id)))
                .param("issuingUnitId", String.valueOf(district))
                .param("year", "2020")
                .param("subject", "Trích yếu đã sửa")
                .param("signerName", "Người khác")
                .param("signerPosition", "Chủ tịch"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("đã ban hành nên không thể sửa hay xoá");
    assertThat(subject(id)).isEqualTo("Về việc khen thưởng Công nhân giỏi năm 2020");

    assertThat(mvc.get().uri("/decisions?year=2020&unitId=" + district).with(Users.as(officer)))
        .hasStatusOk()
        .bodyText()
        .contains("1/QĐ-LĐLĐ");
  }

  @Test
  void anOfficerPutsAStoryWithAPhotoOnThePublicBoard() {
    DecisionView issued = issuedDecision();
    long line = issued.awardees().get(0).id();
    String storyUri = "/decisions/" + issued.id() + "/awardees/" + line + "/story";

    assertThat(
            mvc.post()
                .uri(storyUri)
                .multipart()
                .file(
                    new MockMultipartFile(
                        "photo", "anh.png", "image/png", "not an image".getBytes()))
                .param("story", "Anh là người thợ hàn giỏi nhất xưởng.")
                .with(Users.as(officer))
                .with(csrf()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Ảnh phải là tệp JPEG hoặc PNG.");
    assertThat(
            jdbc.sql("select count(*) from exemplary_story where line_id = :line")
                .param("line", line)
                .query(Long.class)
                .single())
        .isZero();

    assertThat(
            mvc.post()
                .uri(storyUri)
                .multipart()
                .file(new MockMultipartFile("photo", "anh.png", "image/png", PNG))
                .param("story", "Anh là người thợ hàn giỏi nhất xưởng.")
                .with(Users.as(officer))
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND)
        .hasRedirectedUrl("/honour-board/" + line);

    assertThat(mvc.get().uri("/honour-board?q=trinh van gioi"))
        .hasStatusOk()
        .bodyText()
        .contains("Trịnh Văn Giỏi")
        .contains("Gương điển hình");
    assertThat(mvc.get().uri("/api/honour-board?q=TRINH VAN GIOI&year=2020"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.items[0].lineId")
        .isEqualTo((int) line);
    assertThat(mvc.get().uri("/honour-board/" + line))
        .hasStatusOk()
        .bodyText()
        .contains("Anh là người thợ hàn giỏi nhất xưởng.");
    assertThat(mvc.get().uri("/honour-board/" + line + "/photo"))
        .hasStatusOk()
        .hasContentType("image/png");

    SignedInUser viewer = Users.user(Role.VIEWER, district);
    assertThat(mvc.get().uri(storyUri).with(Users.as(viewer))).hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void theBoardShowsNoDraftAndNoRevokedDecision() {
    DecisionView issued = issuedDecision();
    long line = issued.awardees().get(0).id();
    AtomicReference<Long> draft = new AtomicReference<>();
    Users.runAs(
        officer,
        () ->
            draft.set(
                decisions.draft(
                    new DecisionDraft(
                        district,
                        2020,
                        "Về việc khen thưởng chưa ban hành",
                        List.of(),
                        "Lưu Thị Ký",
                        "Chủ tịch",
                        List.of(
                            new AwardeeDraft(
                                "LDTT", 1, Recipient.INDIVIDUAL, worker, null, "", null))))));
    long draftLine =
        jdbc.sql("select id from decision_line where decision_id = :d")
            .param("d", draft.get())
            .query(Long.class)
            .single();
    assertThat(mvc.get().uri("/honour-board/" + draftLine)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/honour-board/" + line)).hasStatusOk();
  }

  DecisionView issuedDecision() {
    AtomicReference<DecisionView> issued = new AtomicReference<>();
    Users.runAs(
        officer,
        () -> {
          long id =
              decisions.draft(
                  new DecisionDraft(
                      district,
                      2020,
                      "Về việc khen thưởng Công nhân giỏi",
                      List.of(),
                      "Lưu Thị Ký",
                      "Chủ tịch",
                      List.of(
                          new AwardeeDraft(
                              "CNG",
                              2,
                              Recipient.INDIVIDUAL,
                              worker,
                              null,
                              "Thợ hàn giỏi",
                              null))));
          issued.set(decisions.issue(id, decisions.get(id).version(), LocalDate.of(2021, 1, 5)));
        });
    return issued.get();
  }

  int version(long id) {
    return jdbc.sql("select version from decision where id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  String subject(long id) {
    return jdbc.sql("select subject from decision where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }
}
