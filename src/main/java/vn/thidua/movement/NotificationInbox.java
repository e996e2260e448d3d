package vn.thidua.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Paged;

@Service
@Transactional
class NotificationInbox implements Notifications {

  private final JdbcClient jdbc;
  private final OrgUnits units;

  NotificationInbox(JdbcClient jdbc, OrgUnits units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  @Override
  @Transactional(readOnly = true)
  public Paged<NotificationView> mine(int page, int size) {
    List<Long> inbox = inboxUnits();
    int pageNumber = Math.max(page, 0);
    int pageSize = Paged.clampSize(size);
    if (inbox.isEmpty()) {
      return new Paged<>(List.of(), pageNumber, pageSize, 0);
    }
    long total =
        jdbc.sql("select count(*) from notification where unit_id in (:units)")
            .param("units", inbox)
            .query(Long.class)
            .single();
    return new Paged<>(
        views("true", Map.of(), inbox, pageSize, (long) pageNumber * pageSize),
        pageNumber,
        pageSize,
        total);
  }

  private List<NotificationView> views(
      String condition, Map<String, Object> params, List<Long> inbox, int limit, long offset) {
    record Row(
        long id,
        long unitId,
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
        Instant createdAt,
        boolean read) {}
    List<Row> rows =
        jdbc.sql(
                """
                select n.id, n.unit_id, n.kind, n.movement_id, n.movement_name, n.agreement_id,
                       n.agreement_title, n.phase_id,
                       n.phase_number, n.outcome, n.reason, n.due_on, n.created_at,
                       exists (select 1 from notification_read r
                                where r.notification_id = n.id and r.user_id = :user) as read
                  from notification n
                 where n.unit_id in (:units) and %s
                 order by n.created_at desc, n.id desc
                 limit :limit offset :offset
                """
                    .formatted(condition))
            .params(params)
            .param("units", inbox)
            .param("user", userId())
            .param("limit", limit)
            .param("offset", offset)
            .query(Row.class)
            .list();
    Map<Long, String> names =
        units.findAll(rows.stream().map(Row::unitId).distinct().toList()).stream()
            .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    return rows.stream()
        .map(
            row ->
                new NotificationView(
                    row.id(),
                    row.unitId(),
                    names.get(row.unitId()),
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
                    row.read()))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public int unread() {
    List<Long> inbox = inboxUnits();
    if (inbox.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            """
            select count(*) from notification n
             where n.unit_id in (:units)
               and not exists (select 1 from notification_read r
                                where r.notification_id = n.id and r.user_id = :user)
            """)
        .param("units", inbox)
        .param("user", userId())
        .query(Integer.class)
        .single();
  }

  @Override
  public NotificationView markRead(long notificationId) {
    List<Long> inbox = inboxUnits();
    List<NotificationView> found =
        inbox.isEmpty()
            ? List.of()
            : views("n.id = :id", Map.of("id", notificationId), inbox, 1, 0);
    if (found.isEmpty()) {
      throw DomainException.notFound("notification.notFound", String.valueOf(notificationId));
    }
    jdbc.sql(
            "insert into notification_read (notification_id, user_id) values (:id, :user)"
                + " on conflict do nothing")
        .param("id", notificationId)
        .param("user", userId())
        .update();
    return found.get(0);
  }

  @Override
  public void markAllRead() {
    List<Long> inbox = inboxUnits();
    if (inbox.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            insert into notification_read (notification_id, user_id)
            select id, :user from notification where unit_id in (:units)
            on conflict do nothing
            """)
        .param("user", userId())
        .param("units", inbox)
        .update();
  }

  /** The units the user holds a role in. */
  private static List<Long> inboxUnits() {
    return CurrentUser.get().map(SignedInUser::grants).orElse(List.of()).stream()
        .map(Grant::unitId)
        .distinct()
        .toList();
  }

  private static long userId() {
    return CurrentUser.get().map(SignedInUser::id).orElse(0L);
  }
}
