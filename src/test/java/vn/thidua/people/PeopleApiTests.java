package vn.thidua.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class PeopleApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;

  long provinceA;
  long companyA;
  long provinceB;
  long companyB;

  @BeforeEach
  void units() {
    provinceA = fixtures.province("LĐLĐ tỉnh A");
    companyA = fixtures.grassroots(provinceA, "Công đoàn Công ty A");
    provinceB = fixtures.province("LĐLĐ tỉnh B");
    companyB = fixtures.grassroots(provinceB, "Công đoàn Công ty B");
  }

  long registered(long unitId, String name) {
    return people.register(
        new NewPerson(
            unitId, name, Gender.MALE, 1985, "Thợ hàn", true, true, LocalDate.of(2010, 5, 4)));
  }

  static String json(long unitId, String name, int birthYear, String gender) {
    return """
        {"unitId": %d, "fullName": "%s", "gender": "%s", "birthYear": %d, "jobTitle": "Công nhân",
         "member": true, "directWorker": false, "startedOn": "2015-03-01"}
        """
        .formatted(unitId, name, gender, birthYear);
  }

  @Test
  void findsPeopleByNameWithoutDiacritics() {
    registered(companyA, "Nguyễn Văn An");
    registered(companyA, "Trần Thị Bình");
    registered(companyA, "Nguyễn Thị Vân Anh");

    assertThat(
            mvc.get()
                .uri("/api/people?unitId={unit}&q=nguyen van", provinceA)
                .with(Users.as(Role.VIEWER, provinceA)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat()
                  .extractingPath("$.items[*].fullName")
                  .asArray()
                  .containsExactly("Nguyễn Văn An");
              body.assertThat().extractingPath("$.total").isEqualTo(1);
            });
    assertThat(
            mvc.get()
                .uri("/api/people?unitId={unit}&q=NGUYỄN", provinceA)
                .with(Users.as(Role.VIEWER, provinceA)))
        .bodyJson()
        .extractingPath("$.items[*].fullName")
        .asArray()
        .containsExactly("Nguyễn Văn An", "Nguyễn Thị Vân Anh");
  }

  @Test
  void listsTheSubtreeByGivenNameAndPages() {
    long teamA = fixtures.unit(companyA, "Tổ 1", "SUBUNIT");
    registered(companyA, "Vũ Thị Yến");
    registered(teamA, "Lê Văn Bảo");
    registered(companyA, "Đặng Văn An");

    assertThat(
            mvc.get()
                .uri("/api/people?unitId={unit}&size=2", companyA)
                .with(Users.as(Role.VIEWER, provinceA)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat()
                  .extractingPath("$.items[*].fullName")
                  .asArray()
                  .containsExactly("Đặng Văn An", "Lê Văn Bảo");
              body.assertThat().extractingPath("$.hasNext").isEqualTo(true);
              body.assertThat().extractingPath("$.total").isEqualTo(3);
            });
    assertThat(
            mvc.get()
                .uri("/api/people?unitId={unit}&size=2&page=1", companyA)
                .with(Users.as(Role.VIEWER, provinceA)))
        .bodyJson()
        .extractingPath("$.items[*].fullName")
        .asArray()
        .containsExactly("Vũ Thị Yến");
  }

  @Test
  void anOfficerOfAnotherProvinceNeitherFindsNorSeesThePerson() {
    long inB = registered(companyB, "Hoàng Văn Ẩn " + UUID.randomUUID());
    long inA = registered(companyA, "Hoàng Văn Hiện");

    assertThat(mvc.get().uri("/api/people/{id}", inB).with(Users.as(Role.OFFICER, provinceA)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.put()
                .uri("/api/people/{id}", inB)
                .with(Users.as(Role.OFFICER, provinceA))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    json(companyB, "Hoàng Văn Ẩn", 1985, "MALE").replace("}", ", \"version\": 0}")))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.get()
                .uri("/api/people?unitId={unit}", companyB)
                .with(Users.as(Role.OFFICER, provinceA)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/api/people?q=hoang van").with(Users.as(Role.OFFICER, provinceA)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.items[*].id")
        .asArray()
        .containsExactly(Long.valueOf(inA).intValue());
  }

  @Test
  void createsAPersonAndReturnsItWithIsoDates() {
    assertThat(
            mvc.post()
                .uri("/api/people")
                .with(Users.as(Role.OFFICER, provinceA))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(companyA, "  Phan   Thị Thu  ", 1992, "FEMALE")))
        .hasStatus(HttpStatus.CREATED)
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.fullName").isEqualTo("Phan Thị Thu");
              body.assertThat().extractingPath("$.startedOn").isEqualTo("2015-03-01");
              body.assertThat().extractingPath("$.unitId").isEqualTo((int) companyA);
              body.assertThat().extractingPath("$.version").isEqualTo(0);
            });
  }

  @Test
  void refusesBadFieldsWithAVietnameseMessageForEach() {
    int tooLate = LocalDate.now().getYear() - 15;

    assertThat(
            mvc.post()
                .uri("/api/people")
                .with(Users.as(Role.OFFICER, provinceA))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(companyA, " ", tooLate, "MALE")))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat()
                  .extractingPath("$.errors.fullName")
                  .isEqualTo("Họ và tên không được để trống");
              body.assertThat()
                  .extractingPath("$.errors.birthYear")
                  .asString()
                  .startsWith("Năm sinh phải là số từ 1940 đến ");
            });
  }

  @Test
  void aViewerReadsButDoesNotChange() {
    long id = registered(companyA, "Đỗ Văn Xem");

    assertThat(mvc.get().uri("/api/people/{id}", id).with(Users.as(Role.VIEWER, provinceA)))
        .hasStatusOk();
    assertThat(
            mvc.post()
                .uri("/api/people")
                .with(Users.as(Role.VIEWER, provinceA))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(companyA, "Đỗ Văn Thêm", 1990, "MALE")))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.delete()
                .uri("/api/people/{id}?version=0", id)
                .with(Users.as(Role.VIEWER, provinceA)))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(people.find(id)).isPresent();
  }

  @Test
  void refusesAnUpdateOfAStaleVersionWith409() {
    long id = registered(companyA, "Bùi Văn Cũ");
    String changed = json(companyA, "Bùi Văn Mới", 1985, "MALE").replace("}", ", \"version\": 0}");

    assertThat(
            mvc.put()
                .uri("/api/people/{id}", id)
                .with(Users.as(Role.OFFICER, provinceA))
                .contentType(MediaType.APPLICATION_JSON)
                .content(changed))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.version")
        .isEqualTo(1);
    assertThat(
            mvc.put()
                .uri("/api/people/{id}", id)
                .with(Users.as(Role.OFFICER, provinceA))
                .contentType(MediaType.APPLICATION_JSON)
                .content(changed.replace("Bùi Văn Mới", "Bùi Văn Khác")))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("vừa được người khác thay đổi");
    assertThat(people.find(id)).get().extracting(PersonView::fullName).isEqualTo("Bùi Văn Mới");
  }

  @Test
  void markingAPersonAsLeftKeepsThemOutOfTheDefaultList() {
    long id = registered(companyA, "Mai Văn Nghỉ");
    String left =
        json(companyA, "Mai Văn Nghỉ", 1985, "MALE")
            .replace(
                "}",
                ", \"leftOn\": \"%s\", \"version\": 0}".formatted(LocalDate.now().minusDays(1)));

    assertThat(
            mvc.put()
                .uri("/api/people/{id}", id)
                .with(Users.as(Role.OFFICER, companyA))
                .contentType(MediaType.APPLICATION_JSON)
                .content(left))
        .hasStatusOk();
    assertThat(
            mvc.get().uri("/api/people?unitId={u}", companyA).with(Users.as(Role.VIEWER, companyA)))
        .bodyJson()
        .extractingPath("$.total")
        .isEqualTo(0);
    assertThat(
            mvc.get()
                .uri("/api/people?unitId={u}&includeLeft=true", companyA)
                .with(Users.as(Role.VIEWER, companyA)))
        .bodyJson()
        .extractingPath("$.items[0].leftOn")
        .isEqualTo(LocalDate.now().minusDays(1).toString());
    assertThat(people.countInSubtree(provinceA)).isZero();
  }

  @Test
  void deletesARecordEnteredByMistakeOnlyAtItsVersion() {
    long id = registered(companyA, "Nhầm Văn Lẫn");

    assertThat(
            mvc.delete()
                .uri("/api/people/{id}?version=3", id)
                .with(Users.as(Role.OFFICER, provinceA)))
        .hasStatus(HttpStatus.CONFLICT);
    assertThat(
            mvc.delete()
                .uri("/api/people/{id}?version=0", id)
                .with(Users.as(Role.OFFICER, provinceA)))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(people.find(id)).isEmpty();
    assertThat(mvc.get().uri("/api/people/{id}", id).with(Users.as(Role.OFFICER, provinceA)))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void aChangeMustNameTheVersionItEdits() {
    long id = registered(companyA, "Thiếu Văn Bản");

    assertThat(
            mvc.put()
                .uri("/api/people/{id}", id)
                .with(Users.as(Role.OFFICER, provinceA))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\": %d, \"fullName\": \"Thiếu Văn Bản\"}".formatted(companyA)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("Hãy gửi kèm phiên bản (version) của bản ghi đã đọc.");
    assertThat(mvc.delete().uri("/api/people/{id}", id).with(Users.as(Role.OFFICER, provinceA)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(people.find(id)).isPresent();
  }
}
