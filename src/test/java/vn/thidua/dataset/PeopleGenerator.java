package vn.thidua.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One {@code person} row per worker of each generated grassroots union's latest figures, in one
 * {@code insert … select}: names drawn from weighted lists of Vietnamese family, middle and given
 * names (so that a name search is as selective as on real data), the union's women as FEMALE, birth
 * years 18 to 59 years before 2025 (or before the year the union ended), a start in the union after
 * its founding and the worker's eighteenth birthday, 95 % members, direct workers mostly in
 * enterprises, and people of a union that ended marked as having left on its last day.
 *
 * <p>Loading millions of rows is much faster without the secondary indexes and foreign keys, so
 * they are dropped first and made again afterwards from the definitions the catalogue held: the
 * table ends exactly as Flyway made it (docs/performance/people-load.sql has the comparison).
 */
final class PeopleGenerator {

  /** The columns of V3__people.sql; a required column outside them stops the generator. */
  private static final Set<String> KNOWN =
      Set.of(
          "id",
          "unit_id",
          "full_name",
          "search_name",
          "sort_key",
          "gender",
          "birth_year",
          "job_title",
          "member",
          "direct_worker",
          "started_on",
          "left_on",
          "version",
          "created_at");

  /** Shares of the family names in Vietnam's population, the rest spread over less common ones. */
  static final List<WeightedWords> WORDS =
      List.of(
          WeightedWords.of(
              "family",
              "Nguyễn 384, Trần 121, Lê 95, Phạm 70, Hoàng 30, Huỳnh 21, Phan 45, Vũ 20, Võ 19,"
                  + " Đặng 21, Bùi 20, Đỗ 14, Hồ 13, Ngô 13, Dương 10, Lý 5, Đinh 12, Trịnh 10,"
                  + " Đào 10, Mai 8, Trương 10, Lương 8, Cao 7, Hà 7, Lâm 6, Tạ 5, Chu 4, Kiều 3,"
                  + " Tô 4, Lưu 5"),
          WeightedWords.of(
              "middle_men",
              "Văn 350, Đức 80, Minh 80, Quang 60, Hữu 60, Thành 50, Công 50, Xuân 40, Mạnh 30,"
                  + " Tiến 30, Quốc 40, Hoàng 30, Anh 30, Ngọc 30, Thanh 40"),
          WeightedWords.of(
              "middle_women",
              "Thị 450, Ngọc 80, Thu 60, Thanh 60, Minh 40, Hồng 50, Phương 40, Bích 30, Kim 40,"
                  + " Thùy 40, Mỹ 30, Hải 20, Diệu 20, Khánh 20, Lan 20"),
          WeightedWords.of(
              "given_men",
              "Anh 65, Minh 50, Tuấn 50, Hùng 45, Dũng 45, Hải 40, Nam 40, Long 35, Đức 35, Huy 35,"
                  + " Quang 30, Thắng 30, Sơn 30, Trung 30, Phong 25, Cường 25, Bình 25, Hiếu 25,"
                  + " Thành 25, Việt 25, An 20, Đạt 20, Khánh 20, Hoàng 20, Tùng 20, Vinh 20,"
                  + " Quân 20, Lâm 15, Toàn 15, Thịnh 15, Phúc 15, Tài 15, Kiên 15, Nghĩa 15,"
                  + " Duy 15, Lộc 10, Khoa 10, Bảo 10"),
          WeightedWords.of(
              "given_women",
              "Anh 55, Linh 55, Hương 45, Trang 45, Hà 40, Thảo 40, Ngọc 40, Lan 35, Hoa 35,"
                  + " Mai 35, Hằng 35, Phương 35, Huyền 30, Nga 30, Yến 30, Dung 30, Thủy 30,"
                  + " Hạnh 25, Hiền 25, Nhung 25, Vân 25, Oanh 20, Loan 20, Chi 20, Giang 20,"
                  + " Quỳnh 20, Tâm 15, Liên 15, Ly 15, My 15, Ngân 15, Uyên 15, Vy 15, An 10,"
                  + " Thanh 10, Tuyết 10, Huệ 10, Trinh 10"),
          WeightedWords.of(
              "job_HCSN",
              "Chuyên viên 400, Chuyên viên chính 100, Kế toán 80, Văn thư 60, Nhân viên 150,"
                  + " Lái xe 40, Cán sự 70, - 100"),
          WeightedWords.of(
              "job_DN",
              "Công nhân 350, Công nhân may 100, Công nhân vận hành máy 100, Kỹ thuật viên 80,"
                  + " Kỹ sư 60, Thợ hàn 40, Thợ điện 40, Nhân viên văn phòng 60, Kế toán 30,"
                  + " Nhân viên bán hàng 40, Lái xe 30, - 70"),
          WeightedWords.of(
              "job_TH",
              "Giáo viên 700, Nhân viên thư viện 40, Kế toán 40, Bảo vệ 40, Nhân viên y tế 30,"
                  + " Cán bộ quản lý 50, - 100"),
          WeightedWords.of(
              "job_XA", "Công chức 400, Cán bộ 250, Nhân viên 150, Kế toán 50, - 150"));

  /**
   * Workers numbered k = 1..workers in each union, the first women_workers of them women. The key
   * g.n * 1,000,000 + k (a union has at most 50,000 workers) seeds every draw of the worker. The
   * unions come in a shuffled order and words are picked from arrays rather than joined from a
   * table, so that each union's people lie together on disk but the provinces are mixed, as imports
   * unit by unit from the whole country would leave them.
   */
  private static final String INSERT =
      """
      insert into person (unit_id, full_name, search_name, sort_key, gender, birth_year, job_title,
                          member, direct_worker, started_on, left_on)
      select unit_id,
             family || ' ' || middle || ' ' || given,
             family_folded || ' ' || middle_folded || ' ' || given_folded,
             given_folded || ' ' || family_folded || ' ' || middle_folded || ' ' || given_folded,
             case when female then 'FEMALE' else 'MALE' end,
             birth_year,
             job,
             pg_temp.rnd(key, 104) < 0.95,
             pg_temp.rnd(key, 105) < case sector when 'DN' then 0.7 when 'XA' then 0.3
                                                 when 'HCSN' then 0.1 else 0.02 end,
             hired_from + floor(pg_temp.rnd(key, 106)
                                * greatest(hired_until - hired_from + 1, 0))::int,
             ended
      from (
          select d.*,
                 pg_temp.pick(:family_words, :family_slots, r_family) as family,
                 pg_temp.pick(:family_folded, :family_slots, r_family) as family_folded,
                 case when female
                      then pg_temp.pick(:middle_women_words, :middle_women_slots, r_middle)
                      else pg_temp.pick(:middle_men_words, :middle_men_slots, r_middle)
                 end as middle,
                 case when female
                      then pg_temp.pick(:middle_women_folded, :middle_women_slots, r_middle)
                      else pg_temp.pick(:middle_men_folded, :middle_men_slots, r_middle)
                 end as middle_folded,
                 case when female
                      then pg_temp.pick(:given_women_words, :given_women_slots, r_given)
                      else pg_temp.pick(:given_men_words, :given_men_slots, r_given)
                 end as given,
                 case when female
                      then pg_temp.pick(:given_women_folded, :given_women_slots, r_given)
                      else pg_temp.pick(:given_men_folded, :given_men_slots, r_given)
                 end as given_folded,
                 case sector
                      when 'HCSN' then pg_temp.pick(:job_HCSN_words, :job_HCSN_slots, r_job)
                      when 'DN' then pg_temp.pick(:job_DN_words, :job_DN_slots, r_job)
                      when 'TH' then pg_temp.pick(:job_TH_words, :job_TH_slots, r_job)
                      else pg_temp.pick(:job_XA_words, :job_XA_slots, r_job)
                 end as job,
                 greatest(founded, make_date(birth_year + 18, 1, 1)) as hired_from,
                 coalesce(ended - 1, date '2025-12-31') as hired_until
          from (
              select w.*,
                     pg_temp.rnd(key, 101) as r_family, pg_temp.rnd(key, 102) as r_middle,
                     pg_temp.rnd(key, 103) as r_given, pg_temp.rnd(key, 109) as r_job,
                     coalesce(extract(year from ended)::int, 2025) - 18
                       - floor(21 * (pg_temp.rnd(key, 107) + pg_temp.rnd(key, 108)))::int
                       as birth_year
              from (
                  select g.id as unit_id, g.sector, g.founded, g.ended,
                         k <= g.women_workers as female, g.n::bigint * 1000000 + k as key
                  from (select * from gen_grassroots order by pg_temp.rnd(n, 110)) g
                  cross join lateral generate_series(1, g.workers) as k
                  where g.workers > 0
              ) w
          ) d
      ) named
      """;

  private PeopleGenerator() {}

  static long fill(Connection connection, Stepper step, Consumer<String> log) throws SQLException {
    List<Column> columns = columns(connection);
    if (columns.isEmpty()) {
      log.accept("  no person table: people not generated");
      return 0;
    }
    List<String> unknownRequired =
        columns.stream()
            .filter(c -> c.required() && !KNOWN.contains(c.name()))
            .map(Column::name)
            .toList();
    if (!unknownRequired.isEmpty()) {
      log.accept("  person columns " + unknownRequired + " are unknown: people not generated");
      return 0;
    }
    createPick(connection);
    List<Definition> deferred = definitionsToDefer(connection);
    step.run(
        "person: drop indexes and foreign keys",
        () -> {
          for (Definition definition : deferred) {
            execute(connection, definition.drop());
          }
          return deferred.size();
        });
    long people =
        step.run(
            "person",
            () ->
                new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true))
                    .update(INSERT, words(connection)));
    // Enough memory for the index builds to sort 12 million keys in memory, not on disk.
    execute(connection, "set local maintenance_work_mem = '1GB'");
    for (Definition definition : deferred) {
      step.run(
          "person: " + definition.name(),
          () -> {
            execute(connection, definition.create());
            return people;
          });
    }
    return people;
  }

  private static void createPick(Connection connection) throws SQLException {
    // Inlined into the insert, with the arrays as constants: no table to join, no row to detoast.
    execute(
        connection,
        """
        create or replace function pg_temp.pick(words text[], slots int[], r float8) returns text
        language sql immutable parallel restricted
        as $$ select words[slots[1 + floor(r * 1000)::int]] $$
        """);
  }

  /** The arrays of every list: name_words, name_folded and name_slots. */
  private static MapSqlParameterSource words(Connection connection) throws SQLException {
    MapSqlParameterSource params = new MapSqlParameterSource();
    for (WeightedWords list : WORDS) {
      params.addValue(
          list.name() + "_words", connection.createArrayOf("text", list.words().toArray()));
      params.addValue(
          list.name() + "_folded", connection.createArrayOf("text", list.foldedWords().toArray()));
      params.addValue(
          list.name() + "_slots", connection.createArrayOf("int4", list.slots().toArray()));
    }
    return params;
  }

  /**
   * The person table's indexes that back no constraint, and its foreign keys, as the catalogue
   * defines them; the primary key stays, since identity values arrive in order and cost little.
   */
  private static List<Definition> definitionsToDefer(Connection connection) throws SQLException {
    List<Definition> definitions = new ArrayList<>();
    try (Statement query = connection.createStatement();
        ResultSet rs =
            query.executeQuery(
                """
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), null
                from pg_index i
                where i.indrelid = to_regclass('person')
                  and not exists (select 1 from pg_constraint c
                                  where c.conrelid = i.indrelid and c.conindid = i.indexrelid)
                union all
                select quote_ident(c.conname), pg_get_constraintdef(c.oid), c.conrelid::regclass::text
                from pg_constraint c
                where c.conrelid = to_regclass('person') and c.contype = 'f'
                order by 1
                """)) {
      while (rs.next()) {
        String name = rs.getString(1);
        String definition = rs.getString(2);
        String table = rs.getString(3);
        definitions.add(
            table == null
                ? new Definition(name, "drop index " + name, definition)
                : new Definition(
                    name,
                    "alter table " + table + " drop constraint " + name,
                    "alter table " + table + " add constraint " + name + " " + definition));
      }
    }
    return definitions;
  }

  private record Definition(String name, String drop, String create) {}

  private record Column(String name, boolean required) {}

  private static List<Column> columns(Connection connection) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            """
            select a.attname, a.attnotnull and not a.atthasdef and a.attidentity = ''
            from pg_attribute a
            where a.attrelid = to_regclass('person') and a.attnum > 0 and not a.attisdropped
            order by a.attnum
            """)) {
      try (ResultSet rs = query.executeQuery()) {
        List<Column> columns = new ArrayList<>();
        while (rs.next()) {
          columns.add(new Column(rs.getString(1), rs.getBoolean(2)));
        }
        return columns;
      }
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Runs a timed step of the generation. */
  interface Stepper {
    long run(String name, NationalDataset.Work work) throws SQLException;
  }
}
