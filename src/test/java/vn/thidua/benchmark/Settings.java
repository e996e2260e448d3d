package vn.thidua.benchmark;

import java.time.LocalDate;

/** The benchmark's options, from system properties (see docs/PERFORMANCE.md). */
record Settings(
    String jdbcUrl,
    String user,
    String password,
    String dataDir,
    boolean fresh,
    boolean people,
    String task,
    int warmup,
    int samples,
    int seconds,
    String out,
    LocalDate today) {

  static Settings fromSystem() {
    return new Settings(
        property("bench.jdbc-url", System.getenv("SPRING_DATASOURCE_URL")),
        property("bench.user", System.getenv("SPRING_DATASOURCE_USERNAME")),
        property("bench.password", System.getenv("SPRING_DATASOURCE_PASSWORD")),
        property("bench.data-dir", "data/bench-postgres"),
        Boolean.parseBoolean(property("bench.fresh", "false")),
        Boolean.parseBoolean(property("bench.people", "true")),
        property("bench.task", "all"),
        Integer.parseInt(property("bench.warmup", "20")),
        Integer.parseInt(property("bench.samples", "200")),
        Integer.parseInt(property("bench.seconds", "10")),
        property("bench.out", "target/benchmark"),
        LocalDate.parse(property("bench.today", LocalDate.now().toString())));
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
