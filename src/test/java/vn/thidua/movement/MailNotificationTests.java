package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.testing.IntegrationTest;

/**
 * E-mail copies of notifications through an SMTP server running in the test (GreenMail). The mail
 * settings make this class a context of its own; the delivery job is started by hand.
 */
@IntegrationTest
class MailNotificationTests {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("thidua.base-url", () -> "https://thidua.example.vn");
    registry.add("thidua.mail.outbox.initial-delay", () -> "PT1H");
  }

  @Autowired MovementWorld world;
  @Autowired MailDelivery delivery;
  @Autowired JavaMailSenderImpl sender;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  MovementWorld.Units units;
  String name;

  @BeforeEach
  void world() {
    units = world.units();
    name = "Phong trào thư " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aLaunchedMovementMailsTheParticipantsOfficersOnce() throws Exception {
    String officer = user(units.factoryA(), "OFFICER", true);
    String viewer = user(units.factoryB(), "VIEWER", true);
    user(units.school(), "OFFICER", false);

    MovementView movement = world.launched(units, name, LocalDate.now().plusDays(20));
    delivery.deliver(Instant.now());

    List<MimeMessage> toOfficer = receivedBy(officer);
    assertThat(toOfficer).hasSize(1);
    assertThat(toOfficer.get(0).getSubject())
        .isEqualTo("[ThiĐua] Phát động phong trào “" + name + "”");
    assertThat(plainText(toOfficer.get(0)))
        .contains(
            "https://thidua.example.vn/movements/%d/units/%d/registration"
                .formatted(movement.id(), units.factoryA()));
    assertThat(receivedBy(viewer)).hasSize(1);
    assertThat(status(officer)).containsExactly("SENT");

    delivery.deliver(Instant.now().plusSeconds(3600));
    assertThat(receivedBy(officer)).hasSize(1);
  }

  @Test
  void aRolledBackChangeMailsNothing() {
    String officer = user(units.factoryA(), "OFFICER", true);

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              world.launched(units, name, LocalDate.now().plusDays(20));
              status.setRollbackOnly();
            });
    delivery.deliver(Instant.now());

    assertThat(status(officer)).isEmpty();
    assertThat(receivedBy(officer)).isEmpty();
  }

  @Test
  void aFailingServerIsTriedAgainLaterAndGivenUpAfterTheLastAttempt() {
    String officer = user(units.factoryA(), "OFFICER", true);
    world.launched(units, name, LocalDate.now().plusDays(20));
    Instant now = Instant.now();

    unreachable(() -> delivery.deliver(now));
    assertThat(status(officer)).containsExactly("PENDING");
    assertThat(attempts(officer)).isEqualTo(1);
    unreachable(() -> delivery.deliver(now.plusSeconds(30)));
    assertThat(attempts(officer)).as("not due before a minute").isEqualTo(1);

    delivery.deliver(now.plusSeconds(61));
    assertThat(status(officer)).containsExactly("SENT");
    assertThat(receivedBy(officer)).hasSize(1);

    String unlucky = user(units.factoryB(), "OFFICER", true);
    world.launched(units, name + " (2)", LocalDate.now().plusDays(20));
    unreachable(
        () -> {
          for (int hour = 0; hour < 6; hour++) {
            delivery.deliver(now.plus(Duration.ofHours(hour)));
          }
        });
    assertThat(status(unlucky)).containsExactly("FAILED");
    assertThat(attempts(unlucky)).isEqualTo(5);
    assertThat(
            jdbc.sql("select last_error from mail_outbox where email = :email")
                .param("email", unlucky)
                .query(String.class)
                .single())
        .isNotBlank();
    assertThat(receivedBy(unlucky)).isEmpty();
  }

  /** Runs the work while the SMTP server cannot be reached. */
  private void unreachable(Runnable work) {
    int port = sender.getPort();
    sender.setPort(freePort());
    try {
      work.run();
    } finally {
      sender.setPort(port);
    }
  }

  /** A user with a role in the unit, with an e-mail address or none; returns the address. */
  private String user(long unitId, String role, boolean withEmail) {
    String username = "thu-" + UUID.randomUUID().toString().substring(0, 8);
    String email = username + "@congdoan.example.vn";
    long id =
        jdbc.sql(
                "insert into app_user (username, full_name, search_name, email, password_hash)"
                    + " values (:username, 'Cán bộ thử', 'can bo thu', :email, '{noop}x')"
                    + " returning id")
            .param("username", username)
            .param("email", withEmail ? email : null)
            .query(Long.class)
            .single();
    jdbc.sql("insert into user_grant (user_id, role, unit_id) values (:user, :role, :unit)")
        .param("user", id)
        .param("role", role)
        .param("unit", unitId)
        .update();
    return email;
  }

  private List<MimeMessage> receivedBy(String email) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            message -> {
              try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equals(email));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private List<String> status(String email) {
    return jdbc.sql("select status from mail_outbox where email = :email")
        .param("email", email)
        .query(String.class)
        .list();
  }

  private int attempts(String email) {
    return jdbc.sql("select attempts from mail_outbox where email = :email")
        .param("email", email)
        .query(Integer.class)
        .single();
  }

  /** The plain-text part of a message. */
  private static String plainText(Part part) throws Exception {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = plainText(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
