package vn.thidua.nomination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.PathFilter;
import vn.thidua.shared.text.SearchText;

/** The reads of rounds and boards, as plain SQL over the path and round indexes. */
@Component
class NominationQueries {

  private static final String ROWS =
      """
      select n.id, n.proposing_unit_id, u.name as unit_name, n.recipient, n.person_id,
             n.collective_unit_id, n.nominee_name, n.honour_code, n.grade, n.state,
             n.decision_id, n.version,
             count(v.user_id) filter (where v.vote = 'AGREE') as agree,
             count(v.user_id) filter (where v.vote = 'DISAGREE') as disagree,
             count(v.user_id) filter (where v.vote = 'ABSTAIN') as abstain
        from nomination n
        join org_unit u on u.id = n.proposing_unit_id
        left join nomination_vote v on v.nomination_id = n.id
       where n.round_id = :round and %s
       group by n.id, u.name
       order by u.name, n.nominee_name, n.id
       limit :limit
      """;

  static final int BOARD_LIMIT = 2_000;

  private final JdbcClient jdbc;

  NominationQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The rounds of the units below the given subtrees and of the units above them. */
  List<Long> roundsReaching(List<String> paths) {
    if (paths.isEmpty()) {
      return List.of();
    }
    PathFilter below = PathFilter.of("r.unit_path", paths);
    List<String> above = new ArrayList<>();
    Map<String, Object> params = new HashMap<>(below.params());
    for (int i = 0; i < paths.size(); i++) {
      above.add("starts_with(:own" + i + ", r.unit_path)");
      params.put("own" + i, paths.get(i));
    }
    return jdbc.sql(
            "select r.id from nomination_round r where "
                + below.sql()
                + " or "
                + String.join(" or ", above)
                + " order by r.year desc, r.id desc limit 500")
        .params(params)
        .query(Long.class)
        .list();
  }

  /** How many nominations the unit (with its subtree) has in the round. */
  long countFrom(long roundId, String unitPath) {
    return jdbc.sql(
            """
            select count(*) from nomination
             where round_id = :round and proposing_unit_path >= :p and proposing_unit_path < :pu
            """)
        .param("round", roundId)
        .param("p", unitPath)
        .param("pu", OrgUnits.pathUpperBound(unitPath))
        .query(Long.class)
        .single();
  }

  boolean alreadyNominated(long roundId, HonourRef honour, Nominee nominee) {
    return jdbc.sql(
            """
            select exists (select 1 from nomination
             where round_id = :round and honour_code = :code and grade = :grade
               and (person_id = :person or collective_unit_id = :collective))
            """)
        .param("round", roundId)
        .param("code", honour.code())
        .param("grade", honour.grade())
        .param("person", nominee.personId() == null ? -1L : nominee.personId())
        .param("collective", nominee.unitId() == null ? -1L : nominee.unitId())
        .query(Boolean.class)
        .single();
  }

  /**
   * The count in every state, and the rows the filter selects.
   *
   * @param scope the subtrees whose proposals to show, or null for all of the round's
   */
  BoardData board(long roundId, BoardFilter filter, List<String> scope) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    params.put("round", roundId);
    if (scope != null) {
      PathFilter paths = PathFilter.of("n.proposing_unit_path", scope);
      conditions.add(paths.sql());
      params.putAll(paths.params());
    }
    String scoped = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    Map<NominationState, Long> counts = new EnumMap<>(NominationState.class);
    for (NominationState state : NominationState.values()) {
      counts.put(state, 0L);
    }
    jdbc.sql(
            "select n.state, count(*) as n from nomination n where n.round_id = :round and "
                + scoped
                + " group by n.state")
        .params(params)
        .query(
            (rs, i) -> counts.put(NominationState.valueOf(rs.getString("state")), rs.getLong("n")))
        .list();
    if (filter.state() != null) {
      conditions.add("n.state = :state");
      params.put("state", filter.state().name());
    }
    if (filter.proposingUnitId() != null) {
      conditions.add(
          "n.proposing_unit_path >= (select path from org_unit where id = :unit)"
              + " and n.proposing_unit_path < (select left(path, -1) || '0' from org_unit"
              + " where id = :unit)");
      params.put("unit", filter.proposingUnitId());
    }
    if (filter.honourCode() != null && !filter.honourCode().isBlank()) {
      conditions.add("n.honour_code = :code");
      params.put("code", filter.honourCode().strip());
    }
    if (filter.query() != null && !filter.query().isBlank()) {
      conditions.add("n.search_name like :q");
      params.put("q", SearchText.containsPattern(filter.query()));
    }
    params.put("limit", BOARD_LIMIT);
    List<NominationRow> rows =
        jdbc.sql(ROWS.formatted(conditions.isEmpty() ? "true" : String.join(" and ", conditions)))
            .params(params)
            .query(
                (rs, i) ->
                    new NominationRow(
                        rs.getLong("id"),
                        rs.getLong("proposing_unit_id"),
                        rs.getString("unit_name"),
                        NomineeKind.valueOf(rs.getString("recipient")),
                        (Long) rs.getObject("person_id"),
                        (Long) rs.getObject("collective_unit_id"),
                        rs.getString("nominee_name"),
                        new HonourRef(rs.getString("honour_code"), rs.getInt("grade")),
                        NominationState.valueOf(rs.getString("state")),
                        new VoteTally(
                            rs.getInt("agree"), rs.getInt("disagree"), rs.getInt("abstain")),
                        (Long) rs.getObject("decision_id"),
                        rs.getInt("version"),
                        List.of()))
            .list();
    return new BoardData(counts, rows);
  }

  record BoardData(Map<NominationState, Long> counts, List<NominationRow> rows) {}

  /** The nominations of the round the council voted on, with their votes. */
  List<NominationRow> voted(long roundId) {
    return board(roundId, BoardFilter.all(), null).rows().stream()
        .filter(row -> row.tally().cast() > 0)
        .toList();
  }

  /** Nominations of the honour and grade in the round, from one proposing unit or all of them. */
  int countOfHonour(long roundId, HonourRef honour, Long proposingUnitId, long exceptId) {
    return jdbc.sql(
            """
            select count(*) from nomination
             where round_id = :round and honour_code = :code and grade = :grade and id <> :except
               and (cast(:unit as bigint) is null or proposing_unit_id = :unit)
            """)
        .param("round", roundId)
        .param("code", honour.code())
        .param("grade", honour.grade())
        .param("except", exceptId)
        .param("unit", proposingUnitId)
        .query(Integer.class)
        .single();
  }

  /**
   * The honour codes of the proposing unit's other nominations in the round, one per nomination.
   */
  java.util.List<String> codesProposedBy(long roundId, long proposingUnitId, long exceptId) {
    return jdbc.sql(
            "select honour_code from nomination where round_id = :round"
                + " and proposing_unit_id = :unit and id <> :except")
        .param("round", roundId)
        .param("unit", proposingUnitId)
        .param("except", exceptId)
        .query(String.class)
        .list();
  }

  /** Codes of the nominee's other nominations in the reviewing unit's rounds of the year. */
  java.util.Set<String> otherHonoursOf(long unitId, int year, Nominee nominee, long exceptId) {
    return new java.util.HashSet<>(
        jdbc.sql(
                """
                select n.honour_code from nomination n
                  join nomination_round r on r.id = n.round_id
                 where r.unit_id = :unit and r.year = :year and n.id <> :except
                   and (n.person_id = :person or n.collective_unit_id = :collective)
                """)
            .param("unit", unitId)
            .param("year", year)
            .param("except", exceptId)
            .param("person", nominee.personId() == null ? -1L : nominee.personId())
            .param("collective", nominee.unitId() == null ? -1L : nominee.unitId())
            .query(String.class)
            .list());
  }

  /** The council members who voted in the round, by name. */
  /** When the council's last vote on the round was cast: the day of its sitting; empty before. */
  Optional<Instant> lastVote(long roundId) {
    return jdbc.sql(
            """
            select max(v.cast_at) from nomination_vote v
              join nomination n on n.id = v.nomination_id
             where n.round_id = :round
            """)
        .param("round", roundId)
        .query(Instant.class)
        .optional();
  }

  List<String> voters(long roundId) {
    return jdbc.sql(
            """
            select distinct v.full_name from nomination_vote v
              join nomination n on n.id = v.nomination_id
             where n.round_id = :round
             order by v.full_name
            """)
        .param("round", roundId)
        .query(String.class)
        .list();
  }
}
