package vn.thidua.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * What an annual review counts, added to a generated country for two years (the review's year and
 * the one it is compared with): the decisions on its initiatives (one recognition per level up to
 * the level each initiative reached), union teams, honours held (about a quarter of the workers and
 * most grassroots unions each year), movements with their participants and registrations, and
 * contests with entries and prizes. Set-based SQL, deterministic: every choice comes from {@code
 * hashint8extended} of a row's id and the year.
 *
 * <p>Only what reviews read is generated: no registration targets, honour decisions, scores or
 * audit entries.
 */
public final class ReviewDataset {

  /** Marks the generated movements and contests (their {@code created_by}). */
  public static final String MARK = "benchmark-review";

  private static final String NATIONAL = "(select id from org_unit where code = 'TLD')";

  private final Connection connection;
  private final DatasetSpec spec;
  private final Consumer<String> log;

  private ReviewDataset(Connection connection, DatasetSpec spec, Consumer<String> log) {
    this.connection = connection;
    this.spec = spec;
    this.log = log;
  }

  /** True when the review's records were already generated for the spec's country. */
  public static boolean exists(Connection connection, DatasetSpec spec) throws SQLException {
    try (PreparedStatement exists =
        connection.prepareStatement(
            """
            select exists (select 1 from movement m join org_unit o on o.id = m.organiser_id
                            where m.created_by = ? and o.code like ?)
            """)) {
      exists.setString(1, MARK);
      exists.setString(2, spec.codePrefix() + "-%");
      try (ResultSet rs = exists.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /**
   * Generates the records of {@code year} and of the year before under the spec's provinces. The
   * country's units (and people, for individual honours and entries) must exist.
   */
  public static void generate(
      Connection connection, DatasetSpec spec, int year, Consumer<String> log) throws SQLException {
    new ReviewDataset(connection, spec, log).run(year);
  }

  private void run(int year) throws SQLException {
    long started = System.nanoTime();
    connection.setAutoCommit(false);
    try {
      step("maintenance memory", "set local maintenance_work_mem = '512MB'");
      step(
          "units of the country",
          """
          create temporary table bm_units on commit drop as
          select u.id, u.parent_id, u.path, u.founded_on,
                 coalesce(u.ended_on, date '2100-01-01') as ended_on, l.code as level, l.tier
            from org_unit p
            join org_unit u on u.path >= p.path
                           and u.path < substr(p.path, 1, length(p.path) - 1) || '0'
            join unit_level l on l.id = u.level_id
           where p.code like '%1$s-P%%'
             and p.level_id = (select id from unit_level where code = 'PROVINCE');
          create index on bm_units (id);
          analyze bm_units;
          """
              .formatted(spec.codePrefix()));
      initiativeDecisions();
      teams();
      for (int y = year - 1; y <= year; y++) {
        honours(y);
        movements(y);
        contests(y);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    step(
        "vacuum analyze",
        "vacuum (analyze) initiative_review, org_unit, unit_placement, honour_held, movement,"
            + " movement_participant, registration, contest, contest_registration");
    log.accept(
        "Generated the review's records in %.1f s"
            .formatted(Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0));
  }

  /**
   * One recognition per level up to the level the initiative reached, decided a month after the one
   * below (by the grassroots union, then the district, province and national unit on the
   * initiative's path); one pending review at grassroots for those not recognised.
   */
  private void initiativeDecisions() throws SQLException {
    step(
        "initiative decisions",
        """
        insert into initiative_review (initiative_id, level, unit_id, proposed_on, proposed_by,
                                       outcome, decided_on, decided_by)
        select i.id, lv.level,
               case lv.k when 1 then i.unit_id
                         when 2 then split_part(i.unit_path, '/', 4)::bigint
                         when 3 then split_part(i.unit_path, '/', 3)::bigint
                         else %1$s end,
               i.submitted_on + 20 * lv.k, 'benchmark',
               case when i.recognised_rank = 0 then 'UNDER_REVIEW' else 'RECOGNISED' end,
               case when i.recognised_rank > 0 then i.submitted_on + 30 * lv.k end,
               case when i.recognised_rank > 0 then 'benchmark' end
          from initiative i
          join bm_units u on u.id = i.unit_id
          join (values (1, 'GRASSROOTS'), (2, 'DISTRICT'), (3, 'PROVINCE'), (4, 'NATIONAL'))
               as lv (k, level) on lv.k <= greatest(i.recognised_rank, 1)
         where not exists (select 1 from initiative_review r where r.initiative_id = i.id)
        """
            .formatted(NATIONAL));
  }

  /**
   * Two union teams (small collectives, level SUBUNIT) in one grassroots union of ten among those
   * that stand today where they always stood, founded in 2020 or with their union.
   */
  private void teams() throws SQLException {
    step(
        "union teams",
        """
        create temporary table bm_teams on commit drop as
        select nextval(pg_get_serial_sequence('org_unit', 'id')) as id, u.id as union_id,
               u.path as union_path, t.n, greatest(u.founded_on, date '2020-01-01') as founded_on
          from bm_units u
         cross join generate_series(1, 2) t (n)
         where u.level = 'GRASSROOTS' and u.ended_on = date '2100-01-01'
           and abs(hashint8extended(u.id, 31)) % 10 = 0
           and (select count(*) from unit_placement p where p.unit_id = u.id) = 1;
        insert into org_unit (id, name, search_name, level_id, founded_on, parent_id, path)
        select t.id, 'Tổ công đoàn số ' || t.n, 'to cong doan so ' || t.n,
               (select id from unit_level where code = 'SUBUNIT'), t.founded_on, t.union_id,
               t.union_path || t.id || '/'
          from bm_teams t order by t.id;
        insert into unit_placement (unit_id, parent_id, path, valid_from)
        select t.id, t.union_id, t.union_path || t.id || '/', t.founded_on
          from bm_teams t order by t.id;
        insert into bm_units (id, parent_id, path, founded_on, ended_on, level, tier)
        select t.id, t.union_id, t.union_path || t.id || '/', t.founded_on, date '2100-01-01',
               'SUBUNIT', 5
          from bm_teams t;
        analyze bm_units;
        """);
  }

  /**
   * Honours of the year, granted between October and December: a quarter of the workers who worked
   * the whole year (mostly Lao động tiên tiến, then Chiến sĩ thi đua cơ sở, Công nhân giỏi of three
   * grades, Giấy khen and Bằng khen), the grassroots unions that stood all year (Tập thể lao động
   * tiên tiến or xuất sắc, Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ, awards) and their teams.
   */
  private void honours(int year) throws SQLException {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    String granting =
        """
        case d.level when 'GRASSROOTS' then %1$s
                     when 'DISTRICT' then split_part(%2$s, '/', 4)::bigint
                     when 'PROVINCE' then split_part(%2$s, '/', 3)::bigint
                     else %3$s end
        """;
    step(
        "honours %d: the draws".formatted(year),
        """
        create temporary table bm_draw (recipient text, seed int, code text, grade int,
                                        level text, lo int, hi int) on commit drop;
        insert into bm_draw values
          ('INDIVIDUAL', 0, 'LDTT',      1, 'GRASSROOTS',    0, 2000),
          ('INDIVIDUAL', 0, 'CSTDCS',    1, 'GRASSROOTS', 2000, 2300),
          ('INDIVIDUAL', 0, 'CNG',       1, 'GRASSROOTS', 2300, 2450),
          ('INDIVIDUAL', 0, 'CNG',       2, 'DISTRICT',   2450, 2500),
          ('INDIVIDUAL', 0, 'CNG',       3, 'PROVINCE',   2500, 2515),
          ('INDIVIDUAL', 0, 'GK',        1, 'DISTRICT',   2515, 2560),
          ('INDIVIDUAL', 0, 'BK_TINH',   1, 'PROVINCE',   2560, 2580),
          ('INDIVIDUAL', 0, 'BK_TLD',    1, 'NATIONAL',   2580, 2585),
          ('UNION',      1, 'TTLDTT',    1, 'GRASSROOTS',    0, 5000),
          ('UNION',      1, 'TTLDXS',    1, 'DISTRICT',   5000, 6500),
          ('UNION',      2, 'CDCS_HTXS', 1, 'DISTRICT',      0, 2000),
          ('UNION',      3, 'GK',        1, 'DISTRICT',      0, 1000),
          ('UNION',      3, 'BK_TINH',   1, 'PROVINCE',   1000, 1300),
          ('UNION',      3, 'CO_TDXS',   1, 'PROVINCE',   1300, 1350),
          ('UNION',      3, 'BK_TLD',    1, 'NATIONAL',   1350, 1380),
          ('TEAM',       1, 'TTLDTT',    1, 'GRASSROOTS',    0, 4000),
          ('TEAM',       2, 'GK',        1, 'DISTRICT',      0, 1000);
        """
            .replace("bm_draw", "bm_draw_" + year));
    String draw = "bm_draw_" + year;
    step(
        "honours %d: individuals".formatted(year),
        """
        insert into honour_held (honour_id, grade, recipient, person_id, holder_unit_id, year,
                                 granting_unit_id, recorded_by, granted_on, direct_worker, woman)
        select h.id, d.grade, 'INDIVIDUAL', p.id, p.unit_id, %1$d, %2$s, 'benchmark',
               date '%1$d-10-01' + (abs(hashint8extended(p.id, %1$d + 1000)) %% 92)::int,
               p.direct_worker, p.gender = 'FEMALE'
          from person p
          join bm_units u on u.id = p.unit_id
         cross join lateral (select abs(hashint8extended(p.id, %1$d)) %% 10000 as x) drawn
          join %3$s d on d.recipient = 'INDIVIDUAL' and drawn.x >= d.lo and drawn.x < d.hi
          join honour h on h.code = d.code
         where p.started_on <= date '%4$s' and (p.left_on is null or p.left_on > date '%4$s')
           and u.founded_on <= date '%5$s' and u.ended_on > date '%4$s'
        """
            .formatted(
                year, granting.formatted("p.unit_id", "u.path", NATIONAL), draw, last, first));
    step(
        "honours %d: collectives".formatted(year),
        """
        insert into honour_held (honour_id, grade, recipient, unit_id, holder_unit_id, year,
                                 granting_unit_id, recorded_by, granted_on)
        select h.id, d.grade, 'COLLECTIVE', u.id, u.id, %1$d, %2$s, 'benchmark',
               date '%1$d-10-01' + (abs(hashint8extended(u.id, %1$d + 1000 + d.seed)) %% 92)::int
          from bm_units u
          join %3$s d on d.recipient = case u.level when 'GRASSROOTS' then 'UNION' else 'TEAM' end
          join honour h on h.code = d.code
         where u.level in ('GRASSROOTS', 'SUBUNIT')
           and u.founded_on <= date '%5$s' and u.ended_on > date '%4$s'
           and abs(hashint8extended(u.id, %1$d * 10 + d.seed)) %% 10000 >= d.lo
           and abs(hashint8extended(u.id, %1$d * 10 + d.seed)) %% 10000 < d.hi
        """
            .formatted(
                year,
                granting.formatted(
                    "case when u.level = 'SUBUNIT' then u.parent_id else u.id end",
                    "u.path",
                    NATIONAL),
                draw,
                last,
                first));
  }

  /**
   * Each province launches a campaign and each unit directly below it a regular and a thematic
   * movement for the year, to the units placed directly below the organiser on the first day; nine
   * in ten participants register: most approved, some sent, returned or still drafts.
   */
  private void movements(int year) throws SQLException {
    step(
        "movements %d".formatted(year),
        """
        insert into movement (organiser_id, kind, name, search_name, starts_on, ends_on,
                              registration_deadline, status, launched_at, launched_by, created_by)
        select u.id, k.kind, k.name || ' năm %1$d', k.folded || ' nam %1$d',
               date '%1$d-01-01' + k.offset_days, date '%1$d-12-31', date '%1$d-03-31',
               'LAUNCHED',
               (date '%1$d-01-01' + k.offset_days - 5 + (u.id %% 10)::int)::timestamp
                   at time zone 'Asia/Ho_Chi_Minh',
               'benchmark', '%2$s'
          from bm_units u
          join (values (2, 'CAMPAIGN', 'Đợt thi đua cao điểm', 'dot thi dua cao diem', 120),
                       (3, 'REGULAR', 'Phong trào thi đua lao động giỏi, lao động sáng tạo',
                        'phong trao thi dua lao dong gioi, lao dong sang tao', 10),
                       (3, 'THEMATIC', 'Phong trào «Xanh – Sạch – Đẹp»',
                        'phong trao «xanh – sach – dep»', 40))
               as k (tier, kind, name, folded, offset_days) on k.tier = u.tier
         where u.founded_on <= date '%1$d-01-01' + k.offset_days
           and u.ended_on > date '%1$d-01-01' + k.offset_days;
        insert into movement_participant (movement_id, unit_id)
        select m.id, p.unit_id
          from movement m
          join bm_units o on o.id = m.organiser_id
          join unit_placement p on p.parent_id = m.organiser_id
                               and p.valid_from <= m.starts_on
                               and (p.valid_to is null or p.valid_to > m.starts_on)
         where m.created_by = '%2$s' and m.starts_on between date '%1$d-01-01' and date '%1$d-12-31';
        insert into registration (movement_id, unit_id, status, review_reason, submitted_at,
                                  submitted_by, reviewed_at, reviewed_by, created_by)
        select mp.movement_id, mp.unit_id, s.status,
               case when s.status = 'RETURNED' then 'Bổ sung chỉ tiêu' end,
               case when s.status <> 'DRAFT' then m.launched_at + interval '20 days' end,
               case when s.status <> 'DRAFT' then 'benchmark' end,
               case when s.status in ('APPROVED', 'RETURNED') then m.launched_at + interval '30 days' end,
               case when s.status in ('APPROVED', 'RETURNED') then 'benchmark' end,
               'benchmark'
          from movement_participant mp
          join movement m on m.id = mp.movement_id
         cross join lateral (
               select case when x < 5 then 'DRAFT' when x < 15 then 'SUBMITTED'
                           when x < 18 then 'RETURNED' else 'APPROVED' end as status, x
                 from (select abs(hashint8extended(mp.movement_id * 1000003 + mp.unit_id, 41)) %% 100 as x) h
               ) s
         where m.created_by = '%2$s' and m.starts_on between date '%1$d-01-01' and date '%1$d-12-31'
           and s.x < 90
        """
            .formatted(year, MARK));
  }

  /**
   * Each unit directly below a province holds one contest, finished in October or November; of the
   * grassroots unions then placed below it, one in three sends a worker and one in five a team; the
   * best three win the first, second and third prizes, the next three a consolation prize.
   */
  private void contests(int year) throws SQLException {
    step(
        "contests %d".formatted(year),
        """
        insert into contest (unit_id, name, trade, held_from, held_to, registration_closes_on,
                             entry_kind, scale_min, scale_max, status, finished_on, created_by)
        select u.id, 'Hội thi thợ giỏi năm %1$d', 'Cơ khí', d - 10, d, d - 15, 'BOTH', 0, 100,
               'FINISHED', d, '%2$s'
          from bm_units u
         cross join lateral (select date '%1$d-10-01' + (u.id %% 60)::int as d) drawn_day
         where u.tier = 3 and u.founded_on <= d - 15 and u.ended_on > d;
        insert into contest_registration (contest_id, unit_id, person_id, team_name, entrant_name,
                                          registered_on, registered_by, final_score, final_rank,
                                          prize)
        select contest_id, unit_id, person_id, team_name, entrant_name, registered_on,
               'benchmark', score, rank,
               case when rank = 1 then 'Giải Nhất' when rank = 2 then 'Giải Nhì'
                    when rank = 3 then 'Giải Ba' when rank <= 6 then 'Giải Khuyến khích' end
          from (
            select e.*, row_number() over (partition by e.contest_id order by e.score desc,
                                           e.unit_id, e.team_name nulls first) as rank
              from (
                select c.id as contest_id, p.unit_id, w.person_id, null as team_name,
                       'Thí sinh ' || w.person_id as entrant_name, c.held_from - 20 as registered_on,
                       (abs(hashint8extended(p.unit_id, c.id)) %% 10000) / 100.0 as score
                  from contest c
                  join unit_placement p on p.parent_id = c.unit_id and p.valid_from <= c.held_from
                                       and (p.valid_to is null or p.valid_to > c.held_from)
                 cross join lateral (select min(pe.id) as person_id from person pe
                                      where pe.unit_id = p.unit_id) w
                 where c.created_by = '%2$s' and extract(year from c.finished_on) = %1$d
                   and abs(hashint8extended(p.unit_id, %1$d + 51)) %% 3 = 0
                   and w.person_id is not null
                union all
                select c.id, p.unit_id, null, 'Đội ' || p.unit_id, 'Đội ' || p.unit_id,
                       c.held_from - 20,
                       (abs(hashint8extended(p.unit_id, c.id + 1)) %% 10000) / 100.0
                  from contest c
                  join unit_placement p on p.parent_id = c.unit_id and p.valid_from <= c.held_from
                                       and (p.valid_to is null or p.valid_to > c.held_from)
                 where c.created_by = '%2$s' and extract(year from c.finished_on) = %1$d
                   and abs(hashint8extended(p.unit_id, %1$d + 52)) %% 5 = 0
              ) e
          ) ranked
        """
            .formatted(year, MARK));
  }

  private void step(String what, String sql) throws SQLException {
    long started = System.nanoTime();
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
    log.accept("  %s: %.1f s".formatted(what, (System.nanoTime() - started) / 1_000_000_000.0));
  }
}
