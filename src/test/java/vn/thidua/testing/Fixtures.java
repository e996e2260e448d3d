package vn.thidua.testing;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.shared.text.SearchText;

/**
 * Test data made straight in the database, for tests of modules that need units to exist. Names
 * carry a random suffix so tests sharing the database never collide.
 */
@Component
public class Fixtures {

  public static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

  private final JdbcClient jdbc;

  public Fixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long nationalUnitId() {
    return jdbc.sql("select id from org_unit where code = 'TLD'").query(Long.class).single();
  }

  /** A unit founded long ago, placed under the parent (or at the top when parent is null). */
  public long unit(Long parentId, String name, String levelCode) {
    String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
    long id =
        jdbc.sql(
                """
                insert into org_unit (name, search_name, level_id, founded_on, path, parent_id)
                values (:name, :search, (select id from unit_level where code = :level), :founded, '', :parent)
                returning id
                """)
            .param("name", unique)
            .param("search", SearchText.fold(unique))
            .param("level", levelCode)
            .param("founded", LONG_AGO)
            .param("parent", parentId)
            .query(Long.class)
            .single();
    String parentPath =
        parentId == null
            ? "/"
            : jdbc.sql("select path from org_unit where id = :id")
                .param("id", parentId)
                .query(String.class)
                .single();
    String path = parentPath + id + "/";
    jdbc.sql("update org_unit set path = :path where id = :id")
        .param("path", path)
        .param("id", id)
        .update();
    jdbc.sql(
            "insert into unit_placement (unit_id, parent_id, path, valid_from)"
                + " values (:id, :parent, :path, :from)")
        .param("id", id)
        .param("parent", parentId)
        .param("path", path)
        .param("from", LONG_AGO)
        .update();
    return id;
  }

  public long province(String name) {
    return unit(nationalUnitId(), name, "PROVINCE");
  }

  public long grassroots(long parentId, String name) {
    return unit(parentId, name, "GRASSROOTS");
  }
}
