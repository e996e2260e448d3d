package vn.thidua.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.thidua.shared.text.SearchText;

/**
 * One {@code person} row per worker of each generated grassroots union. The table belongs to the
 * people module, so its columns are read from the catalogue: the known ones are filled, the others
 * keep their defaults, and when a required column is unknown nothing is generated.
 */
final class PeopleGenerator {

  private static final List<String> FAMILY =
      List.of(
          "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý");
  private static final List<String> MIDDLE_WOMEN = List.of("Thị", "Ngọc", "Thu", "Minh", "Thanh");
  private static final List<String> MIDDLE_MEN = List.of("Văn", "Đức", "Minh", "Quang", "Hữu");
  private static final List<String> GIVEN =
      List.of(
          "Anh", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương",
          "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Phương", "Quân",
          "Tâm", "Thảo", "Trang", "Trung", "Tuấn", "Vy", "Yến");

  /** How each known column is filled, from a grassroots union g and its k-th worker. */
  private static final Map<String, String> KNOWN = new LinkedHashMap<>();

  static {
    String name =
        "(?::text[])[1 + floor(pg_temp.rnd(key, 11) * 16)::int] || ' ' ||"
            + " case when female then (?::text[])[1 + floor(pg_temp.rnd(key, 12) * 5)::int]"
            + " else (?::text[])[1 + floor(pg_temp.rnd(key, 12) * 5)::int] end || ' ' ||"
            + " (?::text[])[1 + floor(pg_temp.rnd(key, 13) * 29)::int]";
    KNOWN.put("unit_id", "unit_id");
    KNOWN.put("full_name", name);
    KNOWN.put("name", name);
    KNOWN.put("search_name", name);
    KNOWN.put("female", "female");
    KNOWN.put("member", "member");
    KNOWN.put("union_member", "member");
    KNOWN.put("direct_worker", "pg_temp.rnd(key, 14) < 0.6");
    KNOWN.put("birth_date", "date '1966-01-01' + floor(pg_temp.rnd(key, 15) * 14000)::int");
    KNOWN.put("born_on", "date '1966-01-01' + floor(pg_temp.rnd(key, 15) * 14000)::int");
  }

  private PeopleGenerator() {}

  static long fill(Connection connection, Stepper step, Consumer<String> log) throws SQLException {
    List<Column> columns = columns(connection);
    if (columns.isEmpty()) {
      log.accept("  no person table: people not generated");
      return 0;
    }
    List<String> unknownRequired =
        columns.stream()
            .filter(c -> c.required() && !KNOWN.containsKey(c.name()))
            .map(Column::name)
            .toList();
    if (!unknownRequired.isEmpty()) {
      log.accept("  person columns " + unknownRequired + " are unknown: people not generated");
      return 0;
    }
    List<Column> filled = columns.stream().filter(c -> KNOWN.containsKey(c.name())).toList();
    List<Object> params = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Column column : filled) {
      String expression = KNOWN.get(column.name());
      if (expression.contains("?")) {
        boolean folded = column.name().equals("search_name");
        params.add(array(connection, FAMILY, folded));
        params.add(array(connection, MIDDLE_WOMEN, folded));
        params.add(array(connection, MIDDLE_MEN, folded));
        params.add(array(connection, GIVEN, folded));
      }
      values.add(expression);
    }
    String sql =
        """
        insert into person (%s)
        select %s
        from (select g.id as unit_id, g.n::bigint * 1000000 + k as key,
                     k <= g.women_workers as female, k %% 100 < 100 * g.members / g.workers as member
              from gen_grassroots g
              cross join lateral generate_series(1, g.workers) as k
              where g.workers > 0) w
        """
            .formatted(
                String.join(", ", filled.stream().map(Column::name).toList()),
                String.join(", ", values));
    return step.run(
        "person",
        () -> {
          try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
              insert.setObject(i + 1, params.get(i));
            }
            return insert.executeLargeUpdate();
          }
        });
  }

  private static java.sql.Array array(Connection connection, List<String> words, boolean folded)
      throws SQLException {
    Object[] values = words.stream().map(w -> folded ? SearchText.fold(w) : w).toArray();
    return connection.createArrayOf("text", values);
  }

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

  /** Runs a timed step of the generation. */
  interface Stepper {
    long run(String name, NationalDataset.Work work) throws SQLException;
  }
}
