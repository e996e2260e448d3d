package vn.thidua.movement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning, reminds the participants of launched movements of a deadline a week away or less:
 * units that have not submitted their registration, and units that have not reported a phase that
 * is about to end. Each unit is reminded once per deadline, so a missed run is caught up by the
 * next and a second instance changes nothing.
 */
@Component
class DeadlineReminders {

  static final int DAYS_AHEAD = 7;

  private final JdbcClient jdbc;
  private final MovementCalendar calendar;
  private final MailOutbox mail;
  private final TransactionTemplate transaction;

  DeadlineReminders(
      JdbcClient jdbc,
      MovementCalendar calendar,
      MailOutbox mail,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.mail = mail;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Scheduled(cron = "${thidua.movement.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
  @SchedulerLock(name = "movement-deadline-reminders", lockAtMostFor = "PT30M")
  void remindEveryMorning() {
    remind(calendar.today());
  }

  /** Sends the reminders due on the day, with their e-mail copies; returns how many were sent. */
  int remind(LocalDate today) {
    return transaction.execute(
        status -> {
          List<Long> sent = new ArrayList<>(registrationsDue(today));
          sent.addAll(reportsDue(today));
          mail.enqueue(sent);
          return sent.size();
        });
  }

  private List<Long> registrationsDue(LocalDate today) {
    return jdbc.sql(
            """
            insert into notification (unit_id, kind, movement_id, movement_name, due_on)
            select p.unit_id, 'REGISTRATION_DUE', m.id, coalesce(v.name, m.name),
                   m.registration_deadline
              from movement m
              join movement_participant p on p.movement_id = m.id
              left join movement_sector_variant v
                     on v.movement_id = m.id and v.sector_id = p.sector_id
              left join registration r on r.movement_id = m.id and r.unit_id = p.unit_id
             where m.status = 'LAUNCHED'
               and m.registration_deadline between :today and :until
               and (r.id is null or r.status in ('DRAFT', 'RETURNED'))
            on conflict do nothing
            returning id
            """)
        .param("today", today)
        .param("until", today.plusDays(DAYS_AHEAD))
        .query(Long.class)
        .list();
  }

  private List<Long> reportsDue(LocalDate today) {
    return jdbc.sql(
            """
            insert into notification
                   (unit_id, kind, movement_id, movement_name, phase_id, phase_number, due_on)
            select p.unit_id, 'REPORT_DUE', m.id, coalesce(v.name, m.name), f.id, f.position,
                   f.ends_on
              from movement m
              join movement_phase f on f.movement_id = m.id
              join movement_participant p on p.movement_id = m.id
              left join movement_sector_variant v
                     on v.movement_id = m.id and v.sector_id = p.sector_id
             where m.status = 'LAUNCHED'
               and f.ends_on between :today and :until
               and not exists (select 1 from progress_report r
                                where r.phase_id = f.id and r.unit_id = p.unit_id)
            on conflict do nothing
            returning id
            """)
        .param("today", today)
        .param("until", today.plusDays(DAYS_AHEAD))
        .query(Long.class)
        .list();
  }
}
