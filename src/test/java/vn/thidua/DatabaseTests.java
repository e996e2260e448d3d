package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.testing.IntegrationTest;

/** The tests run on the server that SPRING_DATASOURCE_URL names, or on the embedded one. */
@IntegrationTest
class DatabaseTests {

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @Test
  void connectsToTheServerTheEnvironmentNames() throws SQLException {
    String configured = System.getenv("SPRING_DATASOURCE_URL");
    if (configured == null || configured.isBlank()) {
      assertThat(dataSource)
          .isInstanceOfSatisfying(
              HikariDataSource.class,
              pool -> assertThat(pool.getPoolName()).isEqualTo("thidua-embedded"));
    } else {
      try (Connection connection = dataSource.getConnection()) {
        assertThat(connection.getMetaData().getURL()).isEqualTo(configured);
      }
    }
  }

  @Test
  void runsOnPostgres15OrLaterWithTrigramSearch() {
    int version =
        jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single();
    assertThat(version).isGreaterThanOrEqualTo(150000);
    assertThat(
            jdbc.sql("select count(*) from pg_extension where extname = 'pg_trgm'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }
}
