package vn.thidua.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time used by the processes of a PostgreSQL server on this machine, read from /proc. On a
 * shared, busy machine wall-clock times grow with the load; the CPU a query costs the server does
 * not. Parallel workers that have exited are counted in the postmaster's children's times.
 */
final class ServerCpu {

  private static final double MILLIS_PER_TICK = 10.0;

  private final long postmaster;

  private ServerCpu(long postmaster) {
    this.postmaster = postmaster;
  }

  /** Empty when the server does not run on this machine (or /proc cannot be read). */
  static Optional<ServerCpu> of(Connection connection) throws SQLException {
    long backend;
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
      rs.next();
      backend = rs.getLong(1);
    }
    return stat(backend)
        .filter(fields -> fields.length > 17)
        .map(fields -> new ServerCpu(Long.parseLong(fields[3])))
        .filter(cpu -> stat(cpu.postmaster).isPresent());
  }

  /** Milliseconds of CPU the server has used so far. */
  double millis() {
    long ticks = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.toList()) {
        String name = process.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        long pid = Long.parseLong(name);
        Optional<String[]> stat = stat(pid);
        if (stat.isEmpty()) {
          continue;
        }
        String[] fields = stat.get();
        if (pid == postmaster) {
          ticks += sum(fields, 13, 14, 15, 16);
        } else if (Long.parseLong(fields[3]) == postmaster) {
          ticks += sum(fields, 13, 14);
        }
      }
    } catch (IOException e) {
      return Double.NaN;
    }
    return ticks * MILLIS_PER_TICK;
  }

  private static long sum(String[] fields, int... indexes) {
    long sum = 0;
    for (int index : indexes) {
      sum += Long.parseLong(fields[index]);
    }
    return sum;
  }

  /** The fields of /proc/PID/stat, numbered from 0, with the command name taken out safely. */
  private static Optional<String[]> stat(long pid) {
    try {
      String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String afterName = line.substring(line.lastIndexOf(')') + 2);
      String[] rest = afterName.trim().split(" ");
      String[] fields = new String[rest.length + 2];
      fields[0] = Long.toString(pid);
      fields[1] = "name";
      System.arraycopy(rest, 0, fields, 2, rest.length);
      return Optional.of(fields);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
