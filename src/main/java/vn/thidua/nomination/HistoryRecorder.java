package vn.thidua.nomination;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.DomainException;

/**
 * Writes a finished round in a few batched statements: hundreds of nominations load in well under a
 * second, where the workflow would take five transitions and an audit entry each.
 */
@Service
@Transactional
class HistoryRecorder implements NominationHistory {

  private static final String LOADER = "system";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final ApplicationEventPublisher events;

  HistoryRecorder(
      JdbcClient jdbc, NamedParameterJdbcTemplate batch, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.events = events;
  }

  @Override
  public long recordFinishedRound(FinishedRound round) {
    if (round.council().isEmpty()) {
      throw DomainException.invalid("nomination.history.council");
    }
    long roundId =
        jdbc.sql(
                """
                insert into nomination_round (unit_id, unit_path, name, year, period_from,
                    period_to, deadline, threshold, created_by, created_at)
                select id, path, :name, :year, make_date(:year, 1, 1), make_date(:year, 12, 31),
                       :deadline, :threshold, :by, :at
                  from org_unit where id = :unit
                returning id
                """)
            .param("unit", round.unitId())
            .param("name", round.name())
            .param("year", round.year())
            .param("deadline", round.deadline())
            .param("threshold", round.threshold().name())
            .param("by", LOADER)
            .param("at", Timestamp.from(round.reviewedAt().minus(Duration.ofDays(30))))
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into nomination_round_honour (round_id, position, honour_code, grade)"
                + " values (:round, 0, :code, :grade)")
        .param("round", roundId)
        .param("code", round.honour().code())
        .param("grade", round.honour().grade())
        .update();
    List<MapSqlParameterSource> steps = new ArrayList<>();
    List<MapSqlParameterSource> votes = new ArrayList<>();
    for (PastNomination past : round.nominations()) {
      if (!past.approved() && (past.reason() == null || past.reason().isBlank())) {
        throw DomainException.invalid(
            "nomination.reason.required", NominationAction.NOT_APPROVE.label());
      }
      NominationState end =
          past.approved() ? NominationState.APPROVED : NominationState.NOT_APPROVED;
      long id = insert(roundId, round, past, end);
      Instant at = round.reviewedAt().minus(Duration.ofDays(20));
      NominationState from = null;
      int position = 0;
      List<NominationAction> walk =
          List.of(
              NominationAction.SUBMIT,
              NominationAction.START_REVIEW,
              NominationAction.TO_COUNCIL,
              past.approved() ? NominationAction.APPROVE : NominationAction.NOT_APPROVE);
      steps.add(step(id, position++, null, null, NominationState.DRAFT, at, null));
      from = NominationState.DRAFT;
      for (NominationAction action : walk) {
        at = action.to() == end ? round.reviewedAt() : at.plus(Duration.ofDays(5));
        String reason = action == NominationAction.NOT_APPROVE ? past.reason() : null;
        steps.add(step(id, position++, action, from, action.to(), at, reason));
        from = action.to();
      }
      for (int i = 0; i < round.council().size(); i++) {
        CouncilMember member = round.council().get(i);
        Vote vote = past.approved() || i % 2 == 0 ? Vote.AGREE : Vote.DISAGREE;
        votes.add(
            new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("user", member.userId())
                .addValue("username", member.username())
                .addValue("name", member.fullName())
                .addValue("vote", vote.name())
                .addValue("at", Timestamp.from(round.reviewedAt().minus(Duration.ofHours(2)))));
      }
    }
    batch.batchUpdate(
        """
        insert into nomination_transition (nomination_id, position, action, from_state, to_state,
                                           by_user, at, reason)
        values (:id, :position, :action, :from, :to, :by, :at, :reason)
        """,
        steps.toArray(MapSqlParameterSource[]::new));
    batch.batchUpdate(
        """
        insert into nomination_vote (nomination_id, user_id, username, full_name, vote, cast_at)
        values (:id, :user, :username, :name, :vote, :at)
        """,
        votes.toArray(MapSqlParameterSource[]::new));
    events.publishEvent(
        EntityChanged.created(
            NominationService.ROUND,
            roundId,
            round.unitId(),
            Map.of(
                "name", round.name(),
                "year", round.year(),
                "nominations", round.nominations().size(),
                "approved",
                    round.nominations().stream().filter(PastNomination::approved).count())));
    return roundId;
  }

  private long insert(long roundId, FinishedRound round, PastNomination past, NominationState end) {
    Map<String, Object> params = new HashMap<>();
    params.put("round", roundId);
    params.put("unit", past.proposingUnitId());
    params.put("person", past.personId());
    params.put("name", past.nomineeName());
    params.put("search", SearchText.fold(past.nomineeName()));
    params.put("code", round.honour().code());
    params.put("grade", round.honour().grade());
    params.put("achievements", past.achievements());
    params.put("state", end.name());
    params.put("reason", past.approved() ? null : past.reason());
    params.put("by", LOADER);
    params.put("at", Timestamp.from(round.reviewedAt().minus(Duration.ofDays(20))));
    return jdbc.sql(
            """
            insert into nomination (round_id, proposing_unit_id, proposing_unit_path, recipient,
                person_id, nominee_name, search_name, honour_code, grade, achievements, state,
                reason, created_by, created_at, version)
            select :round, id, path, 'INDIVIDUAL', :person, :name, :search, :code, :grade,
                   :achievements, :state, :reason, :by, :at, 5
              from org_unit where id = :unit
            returning id
            """)
        .params(params)
        .query(Long.class)
        .single();
  }

  private static MapSqlParameterSource step(
      long id,
      int position,
      NominationAction action,
      NominationState from,
      NominationState to,
      Instant at,
      String reason) {
    return new MapSqlParameterSource()
        .addValue("id", id)
        .addValue("position", position)
        .addValue("action", action == null ? null : action.name())
        .addValue("from", from == null ? null : from.name())
        .addValue("to", to.name())
        .addValue("by", LOADER)
        .addValue("at", Timestamp.from(at))
        .addValue("reason", reason);
  }
}
