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

/**
 * One {@code person} row per worker of each generated grassroots union's latest figures, in one
 * {@code insert … select}: names drawn from weighted lists of Vietnamese family, middle and given
 * names (so that a name search is as selective as on real data), the union's women as FEMALE, birth
 * years 18 to 59 years before 2025, a start in the union after its founding and the worker's
 * eighteenth birthday, 95 % members, direct workers mostly in enterprises, and people of a union
 * that ended marked as having left on that day.
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
              "middle men",
              "Văn 350, Đức 80, Minh 80, Quang 60, Hữu 60, Thành 50, Công 50, Xuân 40, Mạnh 30,"
                  + " Tiến 30, Quốc 40, Hoàng 30, Anh 30, Ngọc 30, Thanh 40"),
          WeightedWords.of(
              "middle women",
              "Thị 450, Ngọc 80, Thu 60, Thanh 60, Minh 40, Hồng 50, Phương 40, Bích 30, Kim 40,"
                  + " Thùy 40, Mỹ 30, Hải 20, Diệu 20, Khánh 20, Lan 20"),
          WeightedWords.of(
              "given men",
              "Anh 65, Minh 50, Tuấn 50, Hùng 45, Dũng 45, Hải 40, Nam 40, Long 35, Đức 35, Huy 35,"
                  + " Quang 30, Thắng 30, Sơn 30, Trung 30, Phong 25, Cường 25, Bình 25, Hiếu 25,"
                  + " Thành 25, Việt 25, An 20, Đạt 20, Khánh 20, Hoàng 20, Tùng 20, Vinh 20,"
                  + " Quân 20, Lâm 15, Toàn 15, Thịnh 15, Phúc 15, Tài 15, Kiên 15, Nghĩa 15,"
                  + " Duy 15, Lộc 10, Khoa 10, Bảo 10"),
          WeightedWords.of(
              "given women",
              "Anh 55, Linh 55, Hương 45, Trang 45, Hà 40, Thảo 40, Ngọc 40, Lan 35, Hoa 35,"
                  + " Mai 35, Hằng 35, Phương 35, Huyền 30, Nga 30, Yến 30, Dung 30, Thủy 30,"
                  + " Hạnh 25, Hiền 25, Nhung 25, Vân 25, Oanh 20, Loan 20, Chi 20, Giang 20,"
                  + " Quỳnh 20, Tâm 15, Liên 15, Ly 15, My 15, Ngân 15, Uyên 15, Vy 15, An 10,"
                  + " Thanh 10, Tuyết 10, Huệ 10, Trinh 10"),
          WeightedWords.of(
              "job HCSN",
              "Chuyên viên 400, Chuyên viên chính 100, Kế toán 80, Văn thư 60, Nhân viên 150,"
                  + " Lái xe 40, Cán sự 70, - 100"),
          WeightedWords.of(
              "job DN",
              "Công nhân 350, Công nhân may 100, Công nhân vận hành máy 100, Kỹ thuật viên 80,"
                  + " Kỹ sư 60, Thợ hàn 40, Thợ điện 40, Nhân viên văn phòng 60, Kế toán 30,"
                  + " Nhân viên bán hàng 40, Lái xe 30, - 70"),
          WeightedWords.of(
              "job TH",
              "Giáo viên 700, Nhân viên thư viện 40, Kế toán 40, Bảo vệ 40, Nhân viên y tế 30,"
                  + " Cán bộ quản lý 50, - 100"),
          WeightedWords.of(
              "job XA", "Công chức 400, Cán bộ 250, Nhân viên 150, Kế toán 50, - 150"));

  /**
   * Workers numbered k = 1..workers in each union; the first women_workers of them are women. The
   * key g.n * 1,000,000 + k (a union has at most 50,000 workers) seeds every draw of the worker.
   */
  private static final String INSERT =
      """
      insert into person (unit_id, full_name, search_name, sort_key, gender, birth_year, job_title,
                          member, direct_worker, started_on, left_on)
      select w.unit_id,
             family.word || ' ' || middle.word || ' ' || given.word,
             family.folded || ' ' || middle.folded || ' ' || given.folded,
             given.folded || ' ' || family.folded || ' ' || middle.folded || ' ' || given.folded,
             case when w.female then 'FEMALE' else 'MALE' end,
             w.birth_year,
             job.word,
             pg_temp.rnd(w.key, 104) < 0.95,
             pg_temp.rnd(w.key, 105) < case w.sector when 'DN' then 0.7 when 'XA' then 0.3
                                                     when 'HCSN' then 0.1 else 0.02 end,
             w.hired_from + floor(pg_temp.rnd(w.key, 106)
                                  * greatest(w.hired_until - w.hired_from + 1, 0))::int,
             w.ended
      from (
          select b.*,
                 greatest(b.founded, make_date(b.birth_year + 18, 1, 1)) as hired_from,
                 coalesce(b.ended - 1, date '2025-12-31') as hired_until
          from (
              select g.id as unit_id, g.sector, g.founded, g.ended, k <= g.women_workers as female,
                     g.n::bigint * 1000000 + k as key,
                     coalesce(extract(year from g.ended)::int, 2025) - 18
                       - floor(21 * (pg_temp.rnd(g.n::bigint * 1000000 + k, 107)
                                     + pg_temp.rnd(g.n::bigint * 1000000 + k, 108)))::int
                       as birth_year
              from gen_grassroots g
              cross join lateral generate_series(1, g.workers) as k
              where g.workers > 0
          ) b
      ) w
      join gen_word family on family.list = 'family'
       and family.slot = floor(pg_temp.rnd(w.key, 101) * 1000)
      join gen_word middle on middle.list = case when w.female then 'middle women'
                                                 else 'middle men' end
       and middle.slot = floor(pg_temp.rnd(w.key, 102) * 1000)
      join gen_word given on given.list = case when w.female then 'given women'
                                               else 'given men' end
       and given.slot = floor(pg_temp.rnd(w.key, 103) * 1000)
      join gen_word job on job.list = 'job ' || w.sector
       and job.slot = floor(pg_temp.rnd(w.key, 109) * 1000)
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
    createWords(connection);
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
            () -> {
              try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                return insert.executeLargeUpdate();
              }
            });
    // Sorting 12 million keys in memory rather than in batches on disk halves the index builds.
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

  private static void createWords(Connection connection) throws SQLException {
    execute(
        connection,
        """
        create temp table gen_word (
            list text, slot int, word text, folded text, primary key (list, slot)
        ) on commit drop
        """);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into gen_word (list, slot, word, folded) values (?, ?, ?, ?)")) {
      for (WeightedWords words : WORDS) {
        for (WeightedWords.Slot slot : words.slots()) {
          insert.setString(1, words.name());
          insert.setInt(2, slot.slot());
          insert.setString(3, slot.word());
          insert.setString(4, slot.folded());
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
    execute(connection, "analyze gen_word");
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
