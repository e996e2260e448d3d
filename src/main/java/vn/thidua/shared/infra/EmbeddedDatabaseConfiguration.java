package vn.thidua.shared.infra;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is given; production
 * points that property (or SPRING_DATASOURCE_URL) at its own server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

  @Bean
  DataSource dataSource(
      @Value("${thidua.embedded.data-dir:data/postgres}") String dataDir,
      @Value("${thidua.embedded.clean:false}") boolean clean,
      @Value("${thidua.embedded.pool-size:20}") int poolSize) {
    var server = EmbeddedDatabase.serverFor(Path.of(dataDir), clean);
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(poolSize);
    pool.setPoolName("thidua-embedded");
    return pool;
  }

  static class NoDatasourceUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("spring.datasource.url");
      return url == null || url.isBlank();
    }
  }
}
