package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class NotificationTests {

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;
  @Autowired Registrations registrations;
  @Autowired Progress progress;
  @Autowired DeadlineReminders reminders;
  @Autowired JdbcClient jdbc;

  MovementWorld.Units units;
  MovementView movement;
  SignedInUser factoryOfficer;

  @BeforeEach
  void launched() {
    units = world.units();
    movement =
        world.launched(
            units,
            "Phong trào thông báo " + UUID.randomUUID().toString().substring(0, 8),
            LocalDate.now().plusDays(5));
    factoryOfficer = Users.user(Role.OFFICER, units.factoryA());
  }

  @Test
  void launchingNotifiesEveryParticipant() {
    assertThat(mvc.get().uri("/api/notifications").with(Users.as(factoryOfficer)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.items[0].kind").isEqualTo("LAUNCHED");
              body.assertThat()
                  .extractingPath("$.items[0].movementName")
                  .isEqualTo(movement.name());
              body.assertThat().extractingPath("$.items[0].read").isEqualTo(false);
            });
    assertThat(kinds(units.factoryB())).containsExactly("LAUNCHED");
    assertThat(kinds(units.school())).containsExactly("LAUNCHED");
    assertThat(kinds(units.district())).isEmpty();
  }

  @Test
  void aReviewNotifiesTheUnitWithTheReason() {
    long id = registerAndSubmit(units.factoryA());
    Users.runAs(
        Users.user(Role.OFFICER, units.district()),
        () -> registrations.returnForChanges(id, "Bổ sung chỉ tiêu an toàn", 1));

    assertThat(mvc.get().uri("/api/notifications").with(Users.as(factoryOfficer)))
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat()
                  .extractingPath("$.items[0].kind")
                  .isEqualTo("REGISTRATION_REVIEWED");
              body.assertThat().extractingPath("$.items[0].outcome").isEqualTo("RETURNED");
              body.assertThat()
                  .extractingPath("$.items[0].reason")
                  .isEqualTo("Bổ sung chỉ tiêu an toàn");
            });
    assertThat(mvc.get().uri("/notifications").with(Users.as(factoryOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains("Bản đăng ký thi đua phong trào “" + movement.name() + "”: Trả lại để sửa.")
        .contains("Bổ sung chỉ tiêu an toàn");
  }

  @Test
  void remindsAWeekBeforeTheRegistrationDeadlineOnce() {
    registerAndSubmit(units.factoryB());

    int sent = reminders.remind(LocalDate.now());

    assertThat(kinds(units.factoryA())).contains("REGISTRATION_DUE");
    assertThat(kinds(units.school())).contains("REGISTRATION_DUE");
    assertThat(kinds(units.factoryB())).doesNotContain("REGISTRATION_DUE");
    assertThat(sent).isGreaterThanOrEqualTo(2);
    reminders.remind(LocalDate.now());
    assertThat(kinds(units.factoryA()).stream().filter("REGISTRATION_DUE"::equals)).hasSize(1);
  }

  @Test
  void remindsAWeekBeforeAPhaseEndsWhoHasNotReported() {
    MovementView.PhaseView first = movement.phases().get(0);
    Users.runAs(
        factoryOfficer,
        () ->
            progress.report(
                movement.id(),
                first.id(),
                units.factoryA(),
                new ProgressDraft(
                    List.of(
                        new ProgressDraft.Value(
                            movement.criteria().get(0).id(), BigDecimal.ONE, null)),
                    null)));

    reminders.remind(first.endsOn().minusDays(6));

    assertThat(kinds(units.factoryB())).contains("REPORT_DUE");
    assertThat(kinds(units.factoryA())).doesNotContain("REPORT_DUE");
    assertThat(mvc.get().uri("/notifications").with(Users.as(Role.OFFICER, units.factoryB())))
        .bodyText()
        .contains("Đợt 1 của phong trào “" + movement.name() + "” kết thúc ngày");
  }

  @Test
  void openingANotificationMarksItReadAndLeadsToTheRegistration() {
    long id = notificationOf(units.factoryA());
    assertThat(mvc.get().uri("/notifications/count").with(Users.as(factoryOfficer)))
        .hasStatusOk()
        .bodyText()
        .contains(">1<");

    assertThat(
            mvc.post()
                .uri("/notifications/{id}/read", id)
                .with(Users.as(factoryOfficer))
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND)
        .hasRedirectedUrl(
            "/movements/%d/units/%d/registration".formatted(movement.id(), units.factoryA()));
    assertThat(mvc.get().uri("/notifications/count").with(Users.as(factoryOfficer)))
        .bodyText()
        .doesNotContain("badge");
  }

  @Test
  void eachUnitReadsOnlyItsOwnNotifications() {
    long id = notificationOf(units.factoryA());

    assertThat(
            mvc.post()
                .uri("/api/notifications/{id}/read", id)
                .with(Users.as(Role.OFFICER, units.factoryB())))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.post().uri("/api/notifications/{id}/read", id).with(Users.as(factoryOfficer)))
        .hasStatus(HttpStatus.NO_CONTENT);
  }

  @Test
  void queuesNoMailWithoutAnSmtpServer() {
    long user =
        jdbc.sql(
                "insert into app_user (username, full_name, search_name, email, password_hash)"
                    + " values (:username, 'Cán bộ', 'can bo', :username || '@example.vn', 'x')"
                    + " returning id")
            .param("username", "khongthu-" + UUID.randomUUID().toString().substring(0, 8))
            .query(Long.class)
            .single();
    jdbc.sql("insert into user_grant (user_id, role, unit_id) values (:user, 'OFFICER', :unit)")
        .param("user", user)
        .param("unit", units.factoryB())
        .update();

    world.launched(units, movement.name() + " (2)", LocalDate.now().plusDays(5));

    assertThat(
            jdbc.sql("select count(*) from mail_outbox where user_id = :user")
                .param("user", user)
                .query(Integer.class)
                .single())
        .isZero();
  }

  private long registerAndSubmit(long unit) {
    SignedInUser officer = Users.user(Role.OFFICER, unit);
    long[] id = new long[1];
    Users.runAs(
        officer,
        () -> {
          id[0] = registrations.register(movement.id(), MovementWorld.registration(movement, unit));
          registrations.submit(id[0], 0);
        });
    return id[0];
  }

  private List<String> kinds(long unit) {
    return jdbc.sql(
            "select kind from notification where unit_id = :unit and movement_id = :movement"
                + " order by id")
        .param("unit", unit)
        .param("movement", movement.id())
        .query(String.class)
        .list();
  }

  private long notificationOf(long unit) {
    return jdbc.sql("select id from notification where unit_id = :unit and movement_id = :movement")
        .param("unit", unit)
        .param("movement", movement.id())
        .query(Long.class)
        .single();
  }
}
