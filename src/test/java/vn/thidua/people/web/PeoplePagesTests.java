package vn.thidua.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonChanges;
import vn.thidua.people.PersonView;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class PeoplePagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired PeopleRegistry registry;

  long province;
  long factory;

  @BeforeEach
  void units() {
    province = fixtures.province("LĐLĐ tỉnh trang");
    factory = fixtures.grassroots(province, "Công đoàn Nhà máy trang");
  }

  long registered(String name) {
    return people.register(
        new NewPerson(
            factory, name, Gender.FEMALE, 1991, "Công nhân", true, true, LocalDate.of(2012, 4, 1)));
  }

  @Test
  void listsTheUnitsPeopleInVietnamese() {
    registered("Quách Thị Liên");

    assertThat(
            mvc.get().uri("/people?unitId={unit}", province).with(Users.as(Role.VIEWER, province)))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Danh sách người lao động",
            "Quách Thị Liên",
            "Có 1 người",
            "Gõ không dấu cũng được",
            "hx-trigger=\"input changed delay:300ms")
        .doesNotContain("Thêm người lao động");
  }

  @Test
  void liveSearchAnswersHtmxWithOnlyTheResults() {
    registered("Quách Thị Liên");
    registered("Tô Thị Mận");

    assertThat(
            mvc.get()
                .uri("/people?unitId={unit}&q=quach thi", province)
                .header("HX-Request", "true")
                .with(Users.as(Role.VIEWER, province)))
        .hasStatusOk()
        .bodyText()
        .contains("id=\"people-results\"", "Quách Thị Liên")
        .doesNotContain("Tô Thị Mận", "<html", "<nav class=\"navbar");
  }

  @Test
  void anOfficerAddsAPersonThroughTheForm() {
    assertThat(
            mvc.get()
                .uri("/people/new?unitId={unit}", factory)
                .with(Users.as(Role.OFFICER, province)))
        .hasStatusOk()
        .bodyText()
        .contains("Thêm người lao động", "Công đoàn Nhà máy trang");

    MvcTestResult created =
        mvc.post()
            .uri("/people/new")
            .with(Users.as(Role.OFFICER, province))
            .with(csrf())
            .param("unitId", String.valueOf(factory))
            .param("fullName", "Hà Văn Mới")
            .param("gender", "MALE")
            .param("birthYear", "1995")
            .param("jobTitle", "Thợ tiện")
            .param("member", "true")
            .param("startedOn", "03/02/2020")
            .exchange();

    assertThat(created).hasStatus3xxRedirection();
    assertThat(created).flash().containsEntry("notice", "people.edit.created");
    String page = created.getResponse().getRedirectedUrl();
    assertThat(mvc.get().uri(page).with(Users.as(Role.OFFICER, province)))
        .hasStatusOk()
        .bodyText()
        .satisfies(
            body ->
                assertThat(HtmlUtils.htmlUnescape(body))
                    .contains("Hà Văn Mới", "Thợ tiện", "value=\"03/02/2020\""));
  }

  @Test
  void aRefusedFormKeepsWhatWasTypedAndSaysWhatIsWrong() {
    assertThat(
            mvc.post()
                .uri("/people/new")
                .with(Users.as(Role.OFFICER, province))
                .with(csrf())
                .param("unitId", String.valueOf(factory))
                .param("fullName", "Hà Văn Già")
                .param("gender", "MALE")
                .param("birthYear", "1900")
                .param("startedOn", ""))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .satisfies(
            body ->
                assertThat(HtmlUtils.htmlUnescape(body))
                    .contains(
                        "Chưa lưu được",
                        "name=\"fullName\" value=\"Hà Văn Già\"",
                        "Năm sinh phải là số từ 1940 đến",
                        "Ngày vào làm không được để trống"));
  }

  @Test
  void aStaleEditShowsTheConflictInVietnamese() {
    long id = registered("Lưu Thị Sửa");
    PersonView person = people.find(id).orElseThrow();
    Users.runAs(
        Users.user(Role.OFFICER, province),
        () ->
            registry.update(
                id,
                new PersonChanges(
                    factory,
                    "Lưu Thị Sửa Trước",
                    Gender.FEMALE,
                    1991,
                    null,
                    true,
                    true,
                    person.startedOn(),
                    null,
                    person.version())));

    assertThat(
            mvc.post()
                .uri("/people/{id}", id)
                .with(Users.as(Role.OFFICER, province))
                .with(csrf())
                .param("unitId", String.valueOf(factory))
                .param("fullName", "Lưu Thị Sửa Sau")
                .param("gender", "FEMALE")
                .param("birthYear", "1991")
                .param("startedOn", "01/04/2012")
                .param("version", String.valueOf(person.version())))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyText()
        .satisfies(
            body ->
                assertThat(HtmlUtils.htmlUnescape(body))
                    .contains(
                        "Bản ghi này vừa được người khác thay đổi", "value=\"Lưu Thị Sửa Sau\""));
    assertThat(people.find(id))
        .get()
        .extracting(PersonView::fullName)
        .isEqualTo("Lưu Thị Sửa Trước");
  }

  @Test
  void aViewerSeesTheRecordWithoutAForm() {
    long id = registered("Kim Thị Đọc");

    assertThat(mvc.get().uri("/people/{id}", id).with(Users.as(Role.VIEWER, province)))
        .hasStatusOk()
        .bodyText()
        .satisfies(
            body ->
                assertThat(HtmlUtils.htmlUnescape(body))
                    .contains("Kim Thị Đọc", "Bạn chỉ có quyền xem thông tin này.", "01/04/2012"))
        .doesNotContain("Xóa người lao động", "name=\"fullName\"");
    assertThat(
            mvc.post()
                .uri("/people/{id}/delete", id)
                .with(Users.as(Role.VIEWER, province))
                .with(csrf())
                .param("version", "0"))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void anOfficerDeletesAMistakeAndReturnsToTheList() {
    long id = registered("Nhầm Thị Lẫn");

    MvcTestResult deleted =
        mvc.post()
            .uri("/people/{id}/delete", id)
            .with(Users.as(Role.OFFICER, province))
            .with(csrf())
            .param("version", "0")
            .exchange();

    assertThat(deleted).hasStatus3xxRedirection().hasRedirectedUrl("/people?unitId=" + factory);
    assertThat(people.find(id)).isEmpty();
  }

  @Test
  void anotherProvinceGetsNotFound() {
    long id = registered("Ẩn Thị Kín");
    long other = fixtures.province("LĐLĐ tỉnh ngoài");

    assertThat(mvc.get().uri("/people/{id}", id).with(Users.as(Role.OFFICER, other)))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .doesNotContain("Ẩn Thị Kín");
  }

  @Test
  void theImportPageOffersTheTemplate() {
    assertThat(
            mvc.get()
                .uri("/people/import?unitId={unit}", factory)
                .with(Users.as(Role.OFFICER, province)))
        .hasStatusOk()
        .bodyText()
        .contains("Nhập người lao động từ Excel", "/people/template.xlsx", "accept=\".xlsx");
    assertThat(mvc.get().uri("/people/template.xlsx").with(Users.as(Role.VIEWER, province)))
        .hasStatusOk()
        .headers()
        .hasValue("Content-Type", XlsxDownload.CONTENT_TYPE)
        .containsHeader("Content-Disposition");
  }
}
