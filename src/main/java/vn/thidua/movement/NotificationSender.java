package vn.thidua.movement;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the notifications a step of the workflow sends, in the same transaction as the step: the
 * participants of a launched movement, the unit whose registration was reviewed, the members of an
 * agreement opened for signing. The steps themselves are in the audit log; the notifications they
 * cause are not logged again.
 */
@Component
class NotificationSender {

  private final JdbcClient jdbc;

  NotificationSender(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(MovementLaunched launched) {
    jdbc.sql(
            """
            insert into notification (unit_id, kind, movement_id, movement_name, due_on)
            select p.unit_id, 'LAUNCHED', m.id, coalesce(v.name, m.name), m.registration_deadline
              from movement_participant p
              join movement m on m.id = p.movement_id
              left join movement_sector_variant v
                     on v.movement_id = m.id and v.sector_id = p.sector_id
             where p.movement_id = :movement
            """)
        .param("movement", launched.movementId())
        .update();
  }

  @EventListener
  void on(RegistrationReviewed reviewed) {
    jdbc.sql(
            """
            insert into notification
                   (unit_id, kind, movement_id, movement_name, registration_id, outcome, reason)
            values (:unit, 'REGISTRATION_REVIEWED', :movement, :name, :registration, :outcome,
                    :reason)
            """)
        .param("unit", reviewed.unitId())
        .param("movement", reviewed.movementId())
        .param("name", reviewed.movementName())
        .param("registration", reviewed.registrationId())
        .param("outcome", reviewed.outcome().name())
        .param("reason", reviewed.reason())
        .update();
  }

  @EventListener
  void on(AgreementOpened opened) {
    jdbc.sql(
            """
            insert into notification (unit_id, kind, agreement_id, agreement_title, due_on)
            select m.unit_id, 'AGREEMENT_OPENED', m.agreement_id, :title, :due
              from agreement_member m
             where m.agreement_id = :agreement
            """)
        .param("agreement", opened.agreementId())
        .param("title", opened.title())
        .param("due", opened.signingDeadline())
        .update();
  }
}
