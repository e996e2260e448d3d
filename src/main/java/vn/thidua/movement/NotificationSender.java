package vn.thidua.movement;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the notifications a step of the workflow sends, in the same transaction as the step: the
 * participants of a launched movement, the unit whose registration was reviewed, the members of an
 * agreement opened for signing. The steps themselves are in the audit log; the notifications they
 * cause are not logged again. Their e-mail copies are queued in the same transaction.
 */
@Component
class NotificationSender {

  private final JdbcClient jdbc;
  private final MailOutbox mail;

  NotificationSender(JdbcClient jdbc, MailOutbox mail) {
    this.jdbc = jdbc;
    this.mail = mail;
  }

  @EventListener
  void on(MovementLaunched launched) {
    List<Long> sent =
        jdbc.sql(
                """
                insert into notification (unit_id, kind, movement_id, movement_name, due_on)
                select p.unit_id, 'LAUNCHED', m.id, coalesce(v.name, m.name),
                       m.registration_deadline
                  from movement_participant p
                  join movement m on m.id = p.movement_id
                  left join movement_sector_variant v
                         on v.movement_id = m.id and v.sector_id = p.sector_id
                 where p.movement_id = :movement
                returning id
                """)
            .param("movement", launched.movementId())
            .query(Long.class)
            .list();
    mail.enqueue(sent);
  }

  @EventListener
  void on(RegistrationReviewed reviewed) {
    List<Long> sent =
        jdbc.sql(
                """
                insert into notification
                       (unit_id, kind, movement_id, movement_name, registration_id, outcome, reason)
                values (:unit, 'REGISTRATION_REVIEWED', :movement, :name, :registration, :outcome,
                        :reason)
                returning id
                """)
            .param("unit", reviewed.unitId())
            .param("movement", reviewed.movementId())
            .param("name", reviewed.movementName())
            .param("registration", reviewed.registrationId())
            .param("outcome", reviewed.outcome().name())
            .param("reason", reviewed.reason())
            .query(Long.class)
            .list();
    mail.enqueue(sent);
  }

  @EventListener
  void on(AgreementOpened opened) {
    List<Long> sent =
        jdbc.sql(
                """
                insert into notification (unit_id, kind, agreement_id, agreement_title, due_on)
                select m.unit_id, 'AGREEMENT_OPENED', m.agreement_id, :title, :due
                  from agreement_member m
                 where m.agreement_id = :agreement
                returning id
                """)
            .param("agreement", opened.agreementId())
            .param("title", opened.title())
            .param("due", opened.signingDeadline())
            .query(Long.class)
            .list();
    mail.enqueue(sent);
  }
}
