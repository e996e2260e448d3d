package vn.thidua.movement;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued e-mail copies of notifications, on one instance at a time (ShedLock). Each
 * e-mail is taken with its row locked ({@code for update skip locked}), sent, and marked sent in
 * the same short transaction, so that two runs never send the same one. A failure is tried again
 * later ({@link MailRetry}); after the last attempt the row is marked failed with the error.
 */
@Component
class MailDelivery {

  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
  static final int BATCH = 200;

  enum Outcome {
    SENT,
    FAILED,
    NONE_DUE
  }

  private final JdbcClient jdbc;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final NotificationMail mails;
  private final MovementCalendar calendar;
  private final TransactionTemplate transaction;
  private final MailRetry retry;
  private final String from;
  private final String fromName;

  MailDelivery(
      JdbcClient jdbc,
      ObjectProvider<JavaMailSender> mailSender,
      NotificationMail mails,
      MovementCalendar calendar,
      PlatformTransactionManager transactions,
      @Value("${thidua.mail.retry.first-delay:PT1M}") Duration firstDelay,
      @Value("${thidua.mail.retry.max-attempts:5}") int maxAttempts,
      @Value("${thidua.mail.from:no-reply@thidua.local}") String from,
      @Value("${thidua.mail.from-name:ThiĐua}") String fromName) {
    this.jdbc = jdbc;
    this.mailSender = mailSender;
    this.mails = mails;
    this.calendar = calendar;
    this.transaction = new TransactionTemplate(transactions);
    this.retry = new MailRetry(firstDelay, maxAttempts);
    this.from = from;
    this.fromName = fromName;
  }

  @Scheduled(
      fixedDelayString = "${thidua.mail.outbox.interval:PT1M}",
      initialDelayString = "${thidua.mail.outbox.initial-delay:PT1M}")
  @SchedulerLock(name = "notification-mail", lockAtMostFor = "PT15M")
  void deliverEveryMinute() {
    deliver(calendar.now());
  }

  /** Sends the e-mails due at {@code now}, at most a batch; returns how many were sent. */
  int deliver(Instant now) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    int sent = 0;
    for (int i = 0; i < BATCH; i++) {
      Outcome outcome = transaction.execute(status -> deliverOne(sender, now));
      if (outcome == Outcome.NONE_DUE) {
        break;
      }
      if (outcome == Outcome.SENT) {
        sent++;
      }
    }
    return sent;
  }

  private Outcome deliverOne(JavaMailSender sender, Instant now) {
    Optional<Due> next = nextDue(now);
    if (next.isEmpty()) {
      return Outcome.NONE_DUE;
    }
    Due due = next.get();
    try {
      NotificationMail.Composed mail = mails.compose(due.notification());
      sender.send(
          message -> {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from, fromName);
            helper.setTo(due.email());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
          });
      jdbc.sql(
              "update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now,"
                  + " last_error = null where id = :id")
          .param("now", Timestamp.from(now))
          .param("id", due.id())
          .update();
      return Outcome.SENT;
    } catch (MailException e) {
      failed(due, e, now);
      return Outcome.FAILED;
    }
  }

  private void failed(Due due, MailException e, Instant now) {
    int attempts = due.attempts() + 1;
    Optional<Instant> again = retry.nextAttempt(attempts, now);
    String error = abbreviate(e.getClass().getSimpleName() + ": " + e.getMessage());
    jdbc.sql(
            "update mail_outbox set status = :status, attempts = :attempts,"
                + " next_attempt_at = :next, last_error = :error where id = :id")
        .param("status", again.isPresent() ? "PENDING" : "FAILED")
        .param("attempts", attempts)
        .param("next", Timestamp.from(again.orElse(now)))
        .param("error", error)
        .param("id", due.id())
        .update();
    if (again.isPresent()) {
      log.warn(
          "E-mail {} to {} failed (attempt {}), retrying: {}",
          due.id(),
          due.email(),
          attempts,
          error);
    } else {
      log.error(
          "E-mail {} to {} failed {} times, given up: {}", due.id(), due.email(), attempts, error);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  record Due(long id, String email, int attempts, NotificationView notification) {}

  private Optional<Due> nextDue(Instant now) {
    record Row(
        long id,
        String email,
        int attempts,
        long notificationId,
        long unitId,
        String unitName,
        NotificationKind kind,
        Long movementId,
        String movementName,
        Long agreementId,
        String agreementTitle,
        Long phaseId,
        Integer phaseNumber,
        RegistrationStatus outcome,
        String reason,
        LocalDate dueOn,
        Instant createdAt) {}
    return jdbc.sql(
            """
            select o.id, o.email, o.attempts, n.id as notification_id, n.unit_id,
                   u.name as unit_name, n.kind, n.movement_id, n.movement_name, n.agreement_id,
                   n.agreement_title, n.phase_id, n.phase_number, n.outcome, n.reason, n.due_on,
                   n.created_at
              from mail_outbox o
              join notification n on n.id = o.notification_id
              join org_unit u on u.id = n.unit_id
             where o.status = 'PENDING' and o.next_attempt_at <= :now
             order by o.next_attempt_at, o.id
             limit 1
               for update of o skip locked
            """)
        .param("now", Timestamp.from(now))
        .query(Row.class)
        .optional()
        .map(
            row ->
                new Due(
                    row.id(),
                    row.email(),
                    row.attempts(),
                    new NotificationView(
                        row.notificationId(),
                        row.unitId(),
                        row.unitName(),
                        row.kind(),
                        row.movementId(),
                        row.movementName(),
                        row.agreementId(),
                        row.agreementTitle(),
                        row.phaseId(),
                        row.phaseNumber(),
                        row.outcome(),
                        row.reason(),
                        row.dueOn(),
                        row.createdAt(),
                        false)));
  }
}
