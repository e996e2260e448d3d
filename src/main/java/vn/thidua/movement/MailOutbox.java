package vn.thidua.movement;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Queues an e-mail copy of notifications for everyone holding a role in the notified unit who has
 * an e-mail address, in the transaction that writes the notifications. Without an SMTP server
 * configured ({@code spring.mail.host}) nothing is queued, so nothing piles up to be sent the day
 * one is.
 */
@Component
class MailOutbox {

  static final int CHUNK = 5_000;

  private final JdbcClient jdbc;
  private final ObjectProvider<JavaMailSender> mailSender;

  MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender) {
    this.jdbc = jdbc;
    this.mailSender = mailSender;
  }

  boolean enabled() {
    return mailSender.getIfAvailable() != null;
  }

  /** Queues the notifications' copies; returns how many e-mails were queued. */
  int enqueue(List<Long> notificationIds) {
    if (notificationIds.isEmpty() || !enabled()) {
      return 0;
    }
    int queued = 0;
    // a launch to a whole province notifies thousands of units: keep each statement's list short
    for (int from = 0; from < notificationIds.size(); from += CHUNK) {
      queued +=
          enqueueChunk(
              notificationIds.subList(from, Math.min(from + CHUNK, notificationIds.size())));
    }
    return queued;
  }

  private int enqueueChunk(List<Long> notificationIds) {
    // reads the access module's users and grants in SQL, as the notification inbox does by grant
    return jdbc.sql(
            """
            insert into mail_outbox (notification_id, user_id, email)
            select n.id, u.id, u.email
              from notification n
              join user_grant g on g.unit_id = n.unit_id
              join app_user u on u.id = g.user_id
             where n.id in (:ids) and u.enabled and nullif(trim(u.email), '') is not null
            on conflict do nothing
            """)
        .param("ids", notificationIds)
        .update();
  }
}
