package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.time.Dates;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class AgreementPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;
  @Autowired JdbcClient jdbc;
  @Autowired Agreements agreements;

  MovementWorld.Units units;
  SignedInUser districtOfficer;
  String title;

  @BeforeEach
  void world() {
    units = world.units();
    districtOfficer = Users.user(Role.OFFICER, units.district());
    title = "Giao ước trang " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void draftsThroughTheFormOpensItAndAMemberSignsAfterConfirming() {
    assertThat(
            mvc.get()
                .uri("/agreements/new?organiserId={id}", units.district())
                .with(Users.as(districtOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Soạn giao ước mới")
        .contains("Các Công đoàn cơ sở của một khối");

    assertThat(
            mvc.post()
                .uri("/agreements")
                .with(Users.as(districtOfficer))
                .with(csrf())
                .param("organiserId", String.valueOf(units.district()))
                .param("scope", "SECTOR")
                .param("sectorId", String.valueOf(units.enterprises()))
                .param("year", String.valueOf(LocalDate.now().getYear()))
                .param("title", title)
                .param("content", "Cam kết một.\nCam kết hai.")
                .param("signingDeadline", Dates.format(AgreementApiTests.deadline())))
        .hasStatus(HttpStatus.FOUND);
    long id = idOf(title);

    assertThat(
            mvc.post()
                .uri("/agreements/{id}/open", id)
                .with(Users.as(districtOfficer))
                .with(csrf())
                .param("version", "0"))
        .hasStatus(HttpStatus.FOUND)
        .hasRedirectedUrl("/agreements/" + id);

    SignedInUser factoryOfficer = Users.user(Role.OFFICER, units.factoryA());
    assertThat(mvc.get().uri("/agreements/{id}", id).with(Users.as(factoryOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Cam kết hai.")
        .contains("/agreements/%d/units/%d/sign".formatted(id, units.factoryA()));
    assertThat(
            mvc.get()
                .uri("/agreements/{id}/units/{unit}/sign", id, units.factoryA())
                .with(Users.as(factoryOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Xác nhận ký");

    assertThat(
            mvc.post()
                .uri("/agreements/{id}/units/{unit}/sign", id, units.factoryA())
                .with(Users.as(factoryOfficer))
                .with(csrf())
                .param("signatory", "Trần Văn Bình – Chủ tịch Công đoàn")
                .param("note", ""))
        .hasStatus(HttpStatus.FOUND);

    assertThat(mvc.get().uri("/agreements/{id}", id).with(Users.as(districtOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Trần Văn Bình – Chủ tịch Công đoàn")
        .contains("id=\"signed-count\">1<")
        .contains("id=\"unsigned-count\">1<");
    assertThat(
            mvc.post()
                .uri("/agreements/{id}/units/{unit}/sign", id, units.factoryA())
                .with(Users.as(factoryOfficer))
                .with(csrf()))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyText()
        .contains("đã ký giao ước này");
  }

  @Test
  void listsTheUnitsAgreementsAndRefusesAnotherUnitsSigner() {
    long id = opened();

    assertThat(
            mvc.get()
                .uri("/units/{unit}/agreements", units.factoryB())
                .with(Users.as(Role.VIEWER, units.factoryB())))
        .hasStatusOk()
        .bodyText()
        .contains(title)
        .contains("Đơn vị chưa ký");
    assertThat(
            mvc.get()
                .uri("/units/{unit}/agreements", units.district())
                .with(Users.as(districtOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains(title)
        .contains("Soạn giao ước mới");
    assertThat(
            mvc.post()
                .uri("/agreements/{id}/units/{unit}/sign", id, units.factoryB())
                .with(Users.as(Role.OFFICER, units.factoryA()))
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.get()
                .uri("/agreements/{id}/units/{unit}/sign", id, units.school())
                .with(Users.as(districtOfficer)))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void theOpeningNotificationLeadsAMemberToTheAgreement() {
    long id = draftAndOpen();
    SignedInUser factoryOfficer = Users.user(Role.OFFICER, units.factoryB());
    long notification =
        jdbc.sql("select id from notification where agreement_id = :a and unit_id = :u")
            .param("a", id)
            .param("u", units.factoryB())
            .query(Long.class)
            .single();

    assertThat(mvc.get().uri("/notifications").with(Users.as(factoryOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Giao ước thi đua “" + title + "” đã mở ký kết");
    assertThat(
            mvc.post()
                .uri("/notifications/{id}/read", notification)
                .with(Users.as(factoryOfficer))
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND)
        .hasRedirectedUrl("/agreements/" + id);
  }

  @Test
  void showsARefusedDraftAgainWithTheMessage() {
    assertThat(
            mvc.post()
                .uri("/agreements")
                .with(Users.as(districtOfficer))
                .with(csrf())
                .param("organiserId", String.valueOf(units.district()))
                .param("scope", "CLUSTER")
                .param("year", String.valueOf(LocalDate.now().getYear()))
                .param("title", title)
                .param("content", "Cam kết")
                .param("signingDeadline", Dates.format(AgreementApiTests.deadline())))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Chưa chọn cụm thi đua.")
        .contains(title);
  }

  private long draftAndOpen() {
    long[] id = new long[1];
    Users.runAs(
        districtOfficer,
        () -> {
          id[0] =
              agreements.draft(
                  new AgreementDraft(
                      units.district(),
                      AgreementScope.SECTOR,
                      units.enterprises(),
                      null,
                      LocalDate.now().getYear(),
                      title,
                      "Cam kết",
                      AgreementApiTests.deadline(),
                      null));
          agreements.open(id[0], 0);
        });
    return id[0];
  }

  private long opened() {
    jdbc.sql(
            """
            insert into agreement (organiser_id, scope, sector_id, year, title, search_title,
                                   content, signing_deadline, status, opened_at, created_by)
            values (:organiser, 'SECTOR', :sector, :year, :title, :title, 'Cam kết', :deadline,
                    'OPEN', now(), 'canbo')
            """)
        .param("organiser", units.district())
        .param("sector", units.enterprises())
        .param("year", LocalDate.now().getYear())
        .param("title", title)
        .param("deadline", AgreementApiTests.deadline())
        .update();
    long id = idOf(title);
    for (long member : new long[] {units.factoryA(), units.factoryB()}) {
      jdbc.sql("insert into agreement_member (agreement_id, unit_id) values (:a, :u)")
          .param("a", id)
          .param("u", member)
          .update();
    }
    return id;
  }

  private long idOf(String title) {
    return jdbc.sql("select id from agreement where title = :title")
        .param("title", title)
        .query(Long.class)
        .single();
  }
}
