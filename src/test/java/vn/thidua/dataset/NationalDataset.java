package vn.thidua.dataset;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.thidua.dataset.CountryPlan.Intermediate;
import vn.thidua.dataset.CountryPlan.Province;
import vn.thidua.shared.text.SearchText;

/**
 * Fills a database with a country of trade unions under the national root 'TLD', with set-based
 * SQL: the few thousand units above grassroots come in as arrays, the grassroots unions, their
 * placements and figures are made by {@code generate_series} in the server. Pseudo-random choices
 * hash the grassroots number, so the same spec always gives the same dataset.
 *
 * <p>Every grassroots union gets two figure records (the earlier one from its founding, the latest
 * from 2021 or later), a sector, and sometimes an end date. The latest workers of all generated
 * grassroots unions add up to exactly {@link DatasetSpec#workers()}. Grassroots unions of a
 * district reformed on {@link DatasetSpec#REFORM_DAY} move to one of its two ward unions: their
 * first placement closes that day and a second one opens.
 */
public final class NationalDataset {

  private static final String UNIT_IDS = "nextval(pg_get_serial_sequence('org_unit', 'id'))";

  private final Connection connection;
  private final Consumer<String> log;
  private final List<DatasetReport.Step> steps = new ArrayList<>();

  private NationalDataset(Connection connection, Consumer<String> log) {
    this.connection = connection;
    this.log = log;
  }

  /**
   * Generates the dataset in one transaction on the connection (which is left in auto-commit mode),
   * then vacuums and analyses the tables so that plans and index-only scans reflect it.
   */
  public static DatasetReport generate(
      Connection connection, DatasetSpec spec, Consumer<String> log) throws SQLException {
    return new NationalDataset(connection, log).run(spec);
  }

  /** True when a dataset with the spec's code prefix is already in the database. */
  public static boolean exists(Connection connection, DatasetSpec spec) throws SQLException {
    try (PreparedStatement exists =
        connection.prepareStatement("select exists (select 1 from org_unit where code = ?)")) {
      exists.setString(1, spec.codePrefix() + "-P01");
      try (ResultSet rs = exists.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private DatasetReport run(DatasetSpec spec) throws SQLException {
    if (exists(connection, spec)) {
      throw new IllegalStateException("A dataset with prefix " + spec.codePrefix() + " exists");
    }
    CountryPlan plan = CountryPlan.of(spec);
    log.accept(
        "Generating %d provinces, %d intermediate units, %d grassroots unions, %,d workers"
            .formatted(
                spec.provinces(), plan.intermediates().size(), spec.grassroots(), spec.workers()));
    connection.setAutoCommit(false);
    long people;
    try {
      createHelpers();
      insertUnitsAboveGrassroots(plan);
      insertGrassroots(spec);
      insertFigures(spec);
      people = spec.people() ? PeopleGenerator.fill(connection, this::step, log) : 0;
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    boolean withPeople = people > 0;
    step("vacuum analyze (passes)", () -> vacuumUntilAllVisible(withPeople));
    return report(spec, plan, people);
  }

  /**
   * Vacuums until the visibility map covers the new rows, so that index-only scans need no heap
   * fetches. A transaction that started before the generation committed (an autovacuum worker,
   * another client) keeps the first vacuum from marking pages all-visible; a later one can.
   */
  private long vacuumUntilAllVisible(boolean withPeople) throws SQLException {
    List<String> tables =
        new ArrayList<>(List.of("org_unit", "unit_placement", "unit_figures", "rollup_delta"));
    if (withPeople) {
      tables.add("person");
    }
    for (int attempt = 1; ; attempt++) {
      execute("vacuum (analyze) unit_lineage, " + String.join(", ", tables));
      long notVisible =
          single(
              """
              select coalesce(sum(relpages - relallvisible) - sum(relpages) / 100 - 3, 0)
              from pg_class where relname = any (?)
              """,
              connection.createArrayOf("text", tables.toArray()));
      if (notVisible <= 0 || attempt == 10) {
        return attempt;
      }
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return attempt;
      }
    }
  }

  private void createHelpers() throws SQLException {
    // A uniform number in (0, 1) from a grassroots number and a salt, the same on every run.
    execute(
        """
        create or replace function pg_temp.rnd(n bigint, salt bigint) returns float8
        language sql immutable parallel restricted
        as $$ select ((hashint8extended(n, salt) & 9007199254740991)::float8 + 0.5)
                     / 9007199254740992 $$
        """);
  }

  private void insertUnitsAboveGrassroots(CountryPlan plan) throws SQLException {
    execute(
        """
        create temp table gen_unit (
            n int primary key, parent_n int, level_code text not null, code text not null,
            name text not null, search_name text not null, reformed boolean not null,
            replaces int, ward_slot int, first_grassroots int not null, grassroots int not null,
            id bigint, path text collate "C"
        ) on commit drop
        """);
    List<Object[]> rows = new ArrayList<>();
    for (Province p : plan.provinces()) {
      rows.add(
          new Object[] {
            p.number(),
            null,
            "PROVINCE",
            p.code(),
            p.name(),
            SearchText.fold(p.name()),
            false,
            null,
            null,
            0,
            0
          });
    }
    for (Intermediate u : plan.intermediates()) {
      rows.add(
          new Object[] {
            u.number(),
            u.province(),
            u.kind().name(),
            u.code(),
            u.name(),
            SearchText.fold(u.name()),
            u.reformed(),
            u.replaces() == 0 ? null : u.replaces(),
            u.kind() == CountryPlan.Kind.WARD ? u.wardSlot() : null,
            u.firstGrassroots(),
            u.grassroots()
          });
    }
    String[] types = {
      "int4", "int4", "text", "text", "text", "text", "bool", "int4", "int4", "int4", "int4"
    };
    step(
        "plan of units above grassroots",
        () ->
            update(
                """
                insert into gen_unit (n, parent_n, level_code, code, name, search_name, reformed,
                                      replaces, ward_slot, first_grassroots, grassroots)
                select * from unnest(?::int[], ?::int[], ?::text[], ?::text[], ?::text[],
                                     ?::text[], ?::bool[], ?::int[], ?::int[], ?::int[], ?::int[])
                """,
                columns(rows, types)));
    execute("update gen_unit set id = " + UNIT_IDS);
    execute(
        "update gen_unit set path = (select path from org_unit where code = 'TLD') || id || '/'"
            + " where parent_n is null");
    execute(
        "update gen_unit g set path = p.path || g.id || '/' from gen_unit p where p.n = g.parent_n");
    step(
        "org_unit above grassroots",
        () ->
            update(
                """
                insert into org_unit (id, code, name, search_name, level_id, founded_on, ended_on,
                                      parent_id, path)
                select g.id, g.code, g.name, g.search_name, l.id,
                       case when g.parent_n is null then date '1946-01-01'
                            when g.level_code = 'WARD' then ?::date
                            else date '1976-01-01' end,
                       case when g.reformed then ?::date end,
                       coalesce(p.id, (select id from org_unit where code = 'TLD')), g.path
                from gen_unit g
                join unit_level l on l.code = g.level_code
                left join gen_unit p on p.n = g.parent_n
                order by g.n
                """,
                DatasetSpec.REFORM_DAY,
                DatasetSpec.REFORM_DAY));
    step(
        "unit_placement above grassroots",
        () ->
            update(
                """
                insert into unit_placement (unit_id, parent_id, path, valid_from, valid_to)
                select u.id, u.parent_id, u.path, u.founded_on, u.ended_on
                from gen_unit g join org_unit u on u.id = g.id
                order by g.n
                """));
    step(
        "unit_lineage of the reform",
        () ->
            update(
                """
                insert into unit_lineage (kind, effective_on, predecessor_id, successor_id, note,
                                          recorded_by)
                select 'SPLIT', ?::date, d.id, w.id, 'Sắp xếp tổ chức Công đoàn năm 2025', 'dataset'
                from gen_unit w join gen_unit d on d.n = w.replaces
                order by w.n
                """,
                DatasetSpec.REFORM_DAY));
  }

  private void insertGrassroots(DatasetSpec spec) throws SQLException {
    execute(
        """
        create temp table gen_grassroots (
            n int primary key, id bigint not null, host_id bigint not null,
            host_path text collate "C" not null, ward_id bigint, ward_path text collate "C",
            moves boolean not null, sector text not null, founded date not null, ended date,
            raw float8, workers int, women_workers int, members int, women_members int,
            women_share float8, earlier float8, latest_from date
        ) on commit drop
        """);
    step(
        "plan of grassroots unions",
        () ->
            update(
                """
                insert into gen_grassroots (n, id, host_id, host_path, ward_id, ward_path, moves,
                                            sector, founded, ended)
                select n, %s, host_id, host_path, ward_id, ward_path,
                       reformed and founded < ?::date and (ended is null or ended > ?::date)
                       or reformed and founded >= ?::date,
                       sector, founded, ended
                from (
                    select *, case when pg_temp.rnd(n, 2) < 0.04
                                    and ended_draw > founded + 30 then ended_draw end as ended
                    from (
                        select g.n, h.id as host_id, h.path as host_path, h.reformed,
                               w.id as ward_id, w.path as ward_path,
                               case when h.level_code = 'ZONE' then 'DN'
                                    when pg_temp.rnd(g.n, 4) < 0.35 then 'HCSN'
                                    when pg_temp.rnd(g.n, 4) < 0.65 then 'DN'
                                    when pg_temp.rnd(g.n, 4) < 0.90 then 'TH'
                                    else 'XA' end as sector,
                               date '1995-01-01' + floor(pg_temp.rnd(g.n, 1) * 11323)::int
                                   as founded,
                               date '2021-01-01' + floor(pg_temp.rnd(g.n, 3) * 1800)::int
                                   as ended_draw
                        from gen_unit h
                        cross join lateral generate_series(
                            h.first_grassroots, h.first_grassroots + h.grassroots - 1) as g(n)
                        left join gen_unit w on w.replaces = h.n and w.ward_slot = g.n %% 2
                        where h.grassroots > 0
                    ) drawn
                ) dated
                order by n
                """
                    .formatted(UNIT_IDS),
                DatasetSpec.REFORM_DAY,
                DatasetSpec.REFORM_DAY,
                DatasetSpec.REFORM_DAY));
    step(
        "org_unit grassroots",
        () ->
            update(
                """
                insert into org_unit (id, name, search_name, level_id, sector_id, founded_on,
                                      ended_on, parent_id, path)
                select g.id, t.title || g.n, t.folded || g.n,
                       (select id from unit_level where code = 'GRASSROOTS'), s.id,
                       g.founded, g.ended,
                       case when g.moves then g.ward_id else g.host_id end,
                       case when g.moves then g.ward_path else g.host_path end || g.id || '/'
                from gen_grassroots g
                join sector s on s.code = g.sector
                join (values ('HCSN', ?, ?), ('DN', ?, ?), ('TH', ?, ?), ('XA', ?, ?))
                     as t (sector, title, folded) on t.sector = g.sector
                order by g.n
                """,
                titles()));
    step(
        "unit_placement grassroots",
        () ->
            update(
                """
                insert into unit_placement (unit_id, parent_id, path, valid_from, valid_to)
                select id, host_id, host_path || id || '/', founded,
                       case when moves then ?::date else ended end
                from gen_grassroots
                where founded < coalesce(case when ward_id is not null then ?::date end,
                                         'infinity')
                union all
                select id, ward_id, ward_path || id || '/', greatest(founded, ?::date), ended
                from gen_grassroots
                where moves
                order by 1, 4
                """,
                DatasetSpec.REFORM_DAY,
                DatasetSpec.REFORM_DAY,
                DatasetSpec.REFORM_DAY));
  }

  private void insertFigures(DatasetSpec spec) throws SQLException {
    // Log-normal sizes per sector: many small offices and schools, a long tail of big companies.
    execute(
        """
        update gen_grassroots g
        set raw = least(exp(ln(s.median) + s.sigma * sqrt(-2 * ln(pg_temp.rnd(g.n, 5)))
                             * cos(2 * pi() * pg_temp.rnd(g.n, 6))), 50000),
            earlier = 0.85 + 0.25 * pg_temp.rnd(g.n, 9),
            latest_from = greatest(g.founded + 180,
                                   date '2021-01-01' + floor(pg_temp.rnd(g.n, 10) * 1460)::int)
        from (values ('HCSN', 30, 0.7), ('DN', 60, 1.4), ('TH', 45, 0.5), ('XA', 20, 0.4))
             as s (sector, median, sigma)
        where s.sector = g.sector
        """);
    // Scale to the requested total exactly: floors, then one more to the largest remainders.
    step(
        "workers scaled to the total",
        () ->
            update(
                """
                with exact as (
                    select n, raw * ? / sum(raw) over () as share from gen_grassroots
                ), floored as (
                    select n, floor(share)::bigint as whole, share - floor(share) as rest
                    from exact
                ), ranked as (
                    select n, whole, ? - sum(whole) over () as missing,
                           row_number() over (order by rest desc, n) as place
                    from floored
                )
                update gen_grassroots g
                set workers = r.whole + case when r.place <= r.missing then 1 else 0 end
                from ranked r
                where r.n = g.n
                """,
                spec.workers(),
                spec.workers()));
    execute(
        """
        update gen_grassroots g
        set members = floor(g.workers * (0.75 + 0.23 * pg_temp.rnd(g.n, 8))),
            women_workers = round(g.workers * w.share),
            women_share = w.share
        from (select n, least(0.95, greatest(0.05, case sector when 'HCSN' then 0.55
                                                               when 'DN' then 0.5
                                                               when 'TH' then 0.75
                                                               else 0.4 end
                                                   + (pg_temp.rnd(n, 7) - 0.5) * 0.3)) as share
              from gen_grassroots) w
        where w.n = g.n
        """);
    execute(
        "update gen_grassroots set women_members = least(round(members * women_share), women_workers)");
    step(
        "unit_figures",
        () ->
            update(
                """
                insert into unit_figures (unit_id, valid_from, valid_to, workers, women_workers,
                                          members, women_members, recorded_by)
                select id, founded, latest_from, w1, least(floor(women_workers * earlier), w1),
                       m1, least(floor(women_members * earlier), m1,
                                 least(floor(women_workers * earlier), w1)), 'dataset'
                from (select *, floor(workers * earlier) as w1,
                             least(floor(members * earlier), floor(workers * earlier)) as m1
                      from gen_grassroots) earlier
                union all
                select id, latest_from, null, workers, women_workers, members, women_members,
                       'dataset'
                from gen_grassroots
                order by 1, 2
                """));
  }

  private Object[] titles() {
    List<Object> titles = new ArrayList<>();
    for (String title :
        List.of(
            "Công đoàn cơ quan số ",
            "Công đoàn Công ty số ",
            "Công đoàn Trường số ",
            "Công đoàn xã số ")) {
      titles.add(title);
      titles.add(SearchText.fold(title) + " ");
    }
    return titles.toArray();
  }

  private DatasetReport report(DatasetSpec spec, CountryPlan plan, long people)
      throws SQLException {
    String provinces =
        """
        with province as (
            select u.path from org_unit u join unit_level l on l.id = u.level_id
            where l.code = 'PROVINCE' and u.code like ?)
        """;
    String codes = spec.codePrefix() + "-P%";
    long placements =
        single(
            provinces
                + "select count(*) from unit_placement p join province on starts_with(p.path, province.path)",
            codes);
    long figures =
        single(
            provinces
                + """
                select count(*) from unit_figures f
                join org_unit u on u.id = f.unit_id
                join province on starts_with(u.path, province.path)
                """,
            codes);
    long workers =
        single(
            provinces
                + """
                select coalesce(sum(f.workers), 0) from unit_figures f
                join org_unit u on u.id = f.unit_id
                join province on starts_with(u.path, province.path)
                where f.valid_to is null
                """,
            codes);
    return new DatasetReport(
        spec.provinces(),
        plan.intermediates().size(),
        spec.grassroots(),
        placements,
        figures,
        workers,
        people,
        List.copyOf(steps));
  }

  private long single(String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  interface Work {
    long run() throws SQLException;
  }

  long step(String name, Work work) throws SQLException {
    long start = System.nanoTime();
    long rows = work.run();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    steps.add(new DatasetReport.Step(name, rows, took));
    log.accept("  %-34s %,12d rows %8.2f s".formatted(name, rows, took.toMillis() / 1000.0));
    return rows;
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private long update(String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      return statement.executeLargeUpdate();
    }
  }

  private Object[] columns(List<Object[]> rows, String[] types) throws SQLException {
    Object[] arrays = new Object[types.length];
    for (int c = 0; c < types.length; c++) {
      Object[] column = new Object[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        column[r] = rows.get(r)[c];
      }
      Array array = connection.createArrayOf(types[c], column);
      arrays[c] = array;
    }
    return arrays;
  }
}
