package vn.thidua.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A national "1 triệu sáng kiến" programme on the generated country: the national confederation's
 * target, a target for every province and every unit directly below one, authors, and a million
 * initiatives spread over the grassroots unions, each carrying the path its union had on the day it
 * was submitted (2020–2025, across the 2025 reform). Set-based SQL, deterministic: the same count
 * always gives the same programme.
 *
 * <p>Only what achievements and leaderboards read is generated: no reviews, scores or audit
 * entries; the recognition level is drawn per initiative (a fifth not recognised, most at
 * grassroots, one in a hundred nationally).
 */
public final class InitiativeDataset {

  public static final String NAME = "BM Chương trình «1 triệu sáng kiến»";

  private final Connection connection;
  private final Consumer<String> log;

  private InitiativeDataset(Connection connection, Consumer<String> log) {
    this.connection = connection;
    this.log = log;
  }

  /** The generated programme's id, or 0 when there is none yet. */
  public static long find(Connection connection) throws SQLException {
    try (PreparedStatement find =
        connection.prepareStatement("select id from initiative_programme where name = ?")) {
      find.setString(1, NAME);
      try (ResultSet rs = find.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /** Generates the programme with {@code initiatives} initiatives; returns its id. */
  public static long generate(
      Connection connection, int initiatives, int authors, Consumer<String> log)
      throws SQLException {
    return new InitiativeDataset(connection, log).run(initiatives, authors);
  }

  private long run(int initiatives, int authors) throws SQLException {
    long started = System.nanoTime();
    connection.setAutoCommit(false);
    long programme;
    try {
      programme =
          single(
              """
              insert into initiative_programme (unit_id, name, starts_on, ends_on, created_by)
              select id, '%s', date '2019-01-01', date '2026-12-31', 'benchmark'
                from org_unit where code = 'TLD'
              returning id
              """
                  .formatted(NAME));
      step(
          "windows and targets",
          """
          insert into programme_window (programme_id, position, name, opens_on, closes_on)
          values (%1$d, 0, 'Cả giai đoạn', date '2019-01-01', date '2026-12-31');
          insert into programme_target (programme_id, unit_id, target, set_by)
          select %1$d, id, 1000000, 'benchmark' from org_unit where code = 'TLD';
          insert into programme_target (programme_id, unit_id, handed_by_id, target, set_by)
          select %1$d, u.id, u.parent_id,
                 greatest(1, 8 * (select count(*) from org_unit g
                                   where g.path >= u.path and g.path < substr(u.path, 1, length(u.path) - 1) || '0'
                                     and g.level_id = (select id from unit_level where code = 'GRASSROOTS'))),
                 'benchmark'
            from org_unit u
           where u.parent_id = (select id from org_unit where code = 'TLD')
              or u.parent_id in (select id from org_unit
                                  where parent_id = (select id from org_unit where code = 'TLD'));
          """
              .formatted(programme));
      step(
          "grassroots unions",
          """
          create temporary table bm_unions on commit drop as
          select row_number() over (order by u.id) as n, u.id, u.founded_on,
                 coalesce(u.ended_on, date '2100-01-01') as ended_on
            from org_unit u
            join unit_level l on l.id = u.level_id and l.grassroots
           where u.path like (select path from org_unit where code = 'TLD') || '%';
          create index on bm_unions (n);
          analyze bm_unions;
          """);
      long unions = single("select count(*) from bm_unions");
      step(
          "authors (people)",
          """
          insert into person (unit_id, full_name, search_name, sort_key, gender, birth_year, started_on)
          select u.id, 'Tác giả ' || s, 'tac gia ' || s, s || ' tac gia ' || s,
                 case when s %% 2 = 0 then 'FEMALE' else 'MALE' end, 1970 + (s %% 30),
                 date '2010-01-01'
            from generate_series(1, %d) s
            join bm_unions u on u.n = 1 + (s %% %d);
          """
              .formatted(authors, unions));
      // Row by row, the totals' triggers would take far longer than the insert; they are computed
      // once, set-based, below.
      step(
          "programme totals off for the bulk load",
          """
          alter table initiative disable trigger programme_totals;
          alter table initiative_author disable trigger programme_totals;
          """);
      step(
          "initiatives",
          """
          insert into initiative (unit_id, unit_path, programme_id, title, search_title, summary,
                                  search_text, field, author_group, applied_on, benefit_vnd,
                                  submitted_on, submitted_by, ladder, status, status_level,
                                  recognised_rank)
          select u.id, p.path, %1$d, 'Sáng kiến ' || s, 'sang kien ' || s, 'Tóm tắt',
                 'sang kien ' || s, 'TECHNOLOGY',
                 case when h %% 10 < 3 then 'Tổ ' || (h %% 7) end,
                 d - 30, (h %% 200) * 1000000, d, 'benchmark',
                 'GRASSROOTS,DISTRICT,PROVINCE,NATIONAL',
                 case when r = 0 then 'UNDER_REVIEW' else 'RECOGNISED' end,
                 case r when 0 then 'GRASSROOTS' when 1 then 'GRASSROOTS' when 2 then 'DISTRICT'
                        when 3 then 'PROVINCE' else 'NATIONAL' end,
                 r
            from generate_series(1, %2$d) s
           cross join lateral (select abs(hashint8extended(s, 17)) as h) hashed
            join bm_unions u on u.n = 1 + (h %% %3$d)
           cross join lateral (
                 select least(greatest(date '2020-01-01' + (h / 7 %% 2000)::int, u.founded_on),
                              u.ended_on - 1) as d,
                        case when h / 11 %% 100 < 20 then 0 when h / 11 %% 100 < 80 then 1
                             when h / 11 %% 100 < 95 then 2 when h / 11 %% 100 < 99 then 3
                             else 4 end as r) drawn
            join unit_placement p
              on p.unit_id = u.id and p.valid_from <= d and (p.valid_to is null or p.valid_to > d);
          """
              .formatted(programme, initiatives, unions));
      long firstPerson = single("select min(id) from person where full_name like 'Tác giả %'");
      step(
          "initiative authors",
          """
          insert into initiative_author (initiative_id, position, person_id, full_name, unit_id, share)
          select i.id, 0, %2$d + abs(hashint8extended(i.id, 5)) %% %3$d, 'Tác giả', i.unit_id, 100
            from initiative i
           where i.programme_id = %1$d and i.author_group is null;
          """
              .formatted(programme, firstPerson, authors));
      step(
          "programme totals",
          """
          select initiative_totals_rebuild();
          alter table initiative enable trigger programme_totals;
          alter table initiative_author enable trigger programme_totals;
          """);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    step(
        "vacuum analyze",
        "vacuum (analyze) initiative, initiative_author, programme_target, person, programme_total");
    log.accept(
        "Generated the programme in %.1f s"
            .formatted(Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0));
    return programme;
  }

  private void step(String what, String sql) throws SQLException {
    long started = System.nanoTime();
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
    log.accept("  %s: %.1f s".formatted(what, (System.nanoTime() - started) / 1_000_000_000.0));
  }

  private long single(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
