package vn.thidua.honours;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Subtree;
import vn.thidua.organisation.Tallies;
import vn.thidua.people.PersonColumns;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.FigureRecordQuery;
import vn.thidua.shared.web.Paged;

@Service
@Transactional(readOnly = true)
class HonourFigureQueries implements HonourFigures {

  /**
   * Honours held under the subtree, each under its holder's unit as the subtree places it. Whether
   * a person honoured was a direct worker and a woman (V34) and whether a collective honoured was a
   * small one (V64) are read from honour_held, as they were on the day.
   */
  private static final String HELD_IN_SUBTREE =
      " from honour_held hh join placed pl on pl.unit_id = hh.holder_unit_id ";

  /** Granted in the period and not revoked. */
  private static final String IN_PERIOD =
      " where hh.granted_on between :from and :to and not hh.revoked ";

  /** Counted first over honour_held alone, then named: the catalogue joins only the sums. */
  private static final String TALLY_SQL =
      ", counted as (select pl.child_id, hh.honour_id, hh.grade, hh.recipient,"
          + " count(*) as granted,"
          + " count(*) filter (where hh.direct_worker) as direct_workers,"
          + " count(*) filter (where hh.woman) as women,"
          + " count(*) filter (where hh.small_collective) as small_collectives"
          + HELD_IN_SUBTREE
          + IN_PERIOD
          + " group by pl.child_id, hh.honour_id, hh.grade, hh.recipient)"
          + """
           select c.*, h.code, h.kind, h.name as honour_name, coalesce(g.name, h.name) as grade_name
             from counted c
             join honour h on h.id = c.honour_id
             left join honour_grade g on g.honour_id = c.honour_id and g.grade = c.grade
            order by c.honour_id, c.grade, c.recipient desc, c.child_id nulls last
          """;

  /** The records' joins: the person and the honour named, and the unit each counts under. */
  private static final String RECORDS_FROM =
      HELD_IN_SUBTREE
          + " left join org_unit hu on hu.id = hh.unit_id"
          + PersonColumns.join("hp", "hh.person_id")
          + " join honour h on h.id = hh.honour_id"
          + " left join honour_grade g on g.honour_id = hh.honour_id and g.grade = hh.grade"
          + " join org_unit holder on holder.id = hh.holder_unit_id"
          + IN_PERIOD;

  /**
   * The ledger's figures (V64): {@code honours/<honour id>/<grade>/<I|C>/<amount>}, the amount one
   * of {@link #LEDGER_AMOUNTS}.
   */
  static final String FIGURES = "honours/";

  /** Granted, to direct workers, to women, to small collectives: in this order. */
  private static final String LEDGER_AMOUNTS = "gdws";

  private final JdbcClient jdbc;
  private final Tallies tallies;

  HonourFigureQueries(JdbcClient jdbc, Tallies tallies) {
    this.jdbc = jdbc;
    this.tallies = tallies;
  }

  @Override
  public List<HonourTally> tally(Subtree subtree, LocalDate from, LocalDate to) {
    return tallies.covers(subtree, from, to)
        ? fromLedger(subtree, from, to)
        : counted(subtree, from, to);
  }

  /**
   * The ledger's sums (V64) of the whole months of the period, named from the catalogue and in the
   * order of {@link #counted}.
   */
  List<HonourTally> fromLedger(Subtree subtree, LocalDate from, LocalDate to) {
    Map<LedgerKey, long[]> sums = new HashMap<>();
    for (Tallies.Tally tally : tallies.sum(subtree, from, to, FIGURES)) {
      String[] parts = tally.figure().substring(FIGURES.length()).split("/");
      LedgerKey key =
          new LedgerKey(
              tally.childId(),
              Long.parseLong(parts[0]),
              Integer.parseInt(parts[1]),
              parts[2].equals("I") ? Recipient.INDIVIDUAL : Recipient.COLLECTIVE);
      long[] amounts = sums.computeIfAbsent(key, k -> new long[LEDGER_AMOUNTS.length()]);
      amounts[LEDGER_AMOUNTS.indexOf(parts[3])] += tally.amount();
    }
    sums.values().removeIf(amounts -> amounts[0] == 0);
    if (sums.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<String, Object>> honours = new HashMap<>();
    Map<String, String> gradeNames = new HashMap<>();
    jdbc.sql(
            """
            select h.id, h.code, h.kind, h.name, g.grade, g.name as grade_name
              from honour h left join honour_grade g on g.honour_id = h.id
             where h.id in (:honours)
            """)
        .param("honours", sums.keySet().stream().map(LedgerKey::honourId).distinct().toList())
        .query()
        .listOfRows()
        .forEach(
            row -> {
              honours.putIfAbsent(((Number) row.get("id")).longValue(), row);
              gradeNames.put(
                  row.get("id") + "/" + row.get("grade"), (String) row.get("grade_name"));
            });
    return sums.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(LedgerKey.ORDER))
        .map(
            e -> {
              LedgerKey key = e.getKey();
              long[] amounts = e.getValue();
              Map<String, Object> honour = honours.get(key.honourId());
              String honourName = (String) honour.get("name");
              return new HonourTally(
                  key.childId(),
                  key.honourId(),
                  (String) honour.get("code"),
                  key.grade(),
                  HonourKind.valueOf((String) honour.get("kind")),
                  key.recipient(),
                  honourName,
                  gradeNames.getOrDefault(key.honourId() + "/" + key.grade(), honourName),
                  amounts[0],
                  amounts[1],
                  amounts[2],
                  amounts[3]);
            })
        .toList();
  }

  /** The honours counted from honour_held: the exact fallback for what the ledger cannot answer. */
  List<HonourTally> counted(Subtree subtree, LocalDate from, LocalDate to) {
    return jdbc.sql("with " + subtree.placed() + TALLY_SQL)
        .params(subtree.parameters())
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) ->
                new HonourTally(
                    rs.getObject("child_id", Long.class),
                    rs.getLong("honour_id"),
                    rs.getString("code"),
                    rs.getInt("grade"),
                    HonourKind.valueOf(rs.getString("kind")),
                    Recipient.valueOf(rs.getString("recipient")),
                    rs.getString("honour_name"),
                    rs.getString("grade_name"),
                    rs.getLong("granted"),
                    rs.getLong("direct_workers"),
                    rs.getLong("women"),
                    rs.getLong("small_collectives")))
        .list();
  }

  /**
   * One row of {@link #tally} as the ledger's figures name it: unit below, honour, grade,
   * recipient.
   */
  private record LedgerKey(Long childId, long honourId, int grade, Recipient recipient) {

    /** As {@link #TALLY_SQL} orders: collectives after individuals, the root's own row last. */
    static final Comparator<LedgerKey> ORDER =
        Comparator.comparingLong(LedgerKey::honourId)
            .thenComparingInt(LedgerKey::grade)
            .thenComparing(LedgerKey::recipient, Comparator.comparing(Recipient::name).reversed())
            .thenComparing(LedgerKey::childId, Comparator.nullsLast(Comparator.naturalOrder()));
  }

  @Override
  public Paged<FigureRecord> records(
      Subtree subtree,
      Long childId,
      LocalDate from,
      LocalDate to,
      String figure,
      String argument,
      int page,
      int size) {
    Map<String, Object> params = subtree.parameters(from, to);
    String sql =
        "with "
            + subtree.placed()
            + " select pl.child_id, coalesce("
            + PersonColumns.fullName("hp")
            + ", hu.name) as label, holder.name as unit_name, hh.granted_on as day,"
            + " coalesce(g.name, h.name) as note,"
            + " case when hh.person_id is not null"
            + " then '/people/' || hh.person_id || '/honours'"
            + " else '/units/' || hh.unit_id || '/honours' end as href"
            + RECORDS_FROM
            + FigureFilter.of(figure, argument).condition(params);
    return FigureRecordQuery.page(jdbc, sql, params, childId, page, size);
  }

  /** A figure of {@link HonourFigures} as a condition on the records' joins. */
  private record FigureFilter(
      String figure, HonourKind kind, String code, Integer grade, Recipient recipient) {

    static FigureFilter of(String figure, String argument) {
      if (figure == null) {
        throw unknown(figure, argument);
      }
      try {
        return switch (figure) {
          case GRANTED -> granted(argument);
          case TITLES -> new FigureFilter(figure, HonourKind.TITLE, null, null, null);
          case AWARDS -> new FigureFilter(figure, HonourKind.AWARD, null, null, null);
          case INDIVIDUALS, DIRECT_WORKERS, WOMEN ->
              new FigureFilter(figure, kind(argument), null, null, Recipient.INDIVIDUAL);
          case COLLECTIVES, SMALL_COLLECTIVES ->
              new FigureFilter(figure, kind(argument), null, null, Recipient.COLLECTIVE);
          default -> throw unknown(figure, argument);
        };
      } catch (IllegalArgumentException e) {
        throw unknown(figure, argument);
      }
    }

    /** "CODE:grade" or "CODE:grade:RECIPIENT". */
    private static FigureFilter granted(String argument) {
      String[] parts = argument == null ? new String[0] : argument.split(":", -1);
      if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
        throw new IllegalArgumentException(argument);
      }
      Recipient recipient = parts.length == 3 ? Recipient.valueOf(parts[2]) : null;
      return new FigureFilter(GRANTED, null, parts[0], Integer.valueOf(parts[1]), recipient);
    }

    private static HonourKind kind(String argument) {
      return argument == null || argument.isBlank()
          ? HonourKind.AWARD
          : HonourKind.valueOf(argument);
    }

    private static DomainException unknown(String figure, String argument) {
      return DomainException.invalid(
          "honours.figure.unknown", figure, argument == null ? "" : argument);
    }

    String condition(Map<String, Object> params) {
      StringBuilder sql = new StringBuilder();
      if (kind != null) {
        params.put("kind", kind.name());
        sql.append(" and h.kind = :kind");
      }
      if (code != null) {
        params.put("code", code);
        params.put("grade", grade);
        sql.append(" and h.code = :code and hh.grade = :grade");
      }
      if (recipient != null) {
        params.put("recipient", recipient.name());
        sql.append(" and hh.recipient = :recipient");
      }
      switch (figure) {
        case DIRECT_WORKERS -> sql.append(" and hh.direct_worker");
        case WOMEN -> sql.append(" and hh.woman");
        case SMALL_COLLECTIVES -> sql.append(" and hh.small_collective");
        default -> {}
      }
      return sql.toString();
    }
  }
}
