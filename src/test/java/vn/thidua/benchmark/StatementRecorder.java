package vn.thidua.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's DataSource so that the statements a piece of work sends — their SQL and
 * the values bound to them, in order — can be recorded and later sent again over plain JDBC: "the
 * same SQL alone", without copying any statement out of the application.
 */
final class StatementRecorder implements BeanPostProcessor {

  /** A statement as sent: its SQL and the setter calls that bound its parameters. */
  record Sent(String sql, List<Call> parameters) {

    /** Prepares the statement on the connection with the same values. */
    PreparedStatement prepare(Connection connection, String prefix) throws SQLException {
      PreparedStatement statement = connection.prepareStatement(prefix + sql);
      for (Call call : parameters) {
        try {
          call.method().invoke(statement, call.args());
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new SQLException("Cannot bind " + call.method().getName(), e);
        }
      }
      return statement;
    }

    /** Sends it and reads every row; returns the rows read (or the update count). */
    long run(Connection connection) throws SQLException {
      try (PreparedStatement statement = prepare(connection, "")) {
        if (!statement.execute()) {
          return statement.getUpdateCount();
        }
        long rows = 0;
        try (ResultSet rs = statement.getResultSet()) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              rs.getObject(i);
            }
            rows++;
          }
        }
        return rows;
      }
    }

    boolean isQuery() {
      String start = sql.stripLeading().toLowerCase();
      return start.startsWith("select") || start.startsWith("with");
    }
  }

  record Call(Method method, Object[] args) {}

  private final ThreadLocal<List<Sent>> recording = new ThreadLocal<>();

  /** Runs the work, returning the statements it sent on this thread. */
  List<Sent> record(Supplier<?> work) {
    List<Sent> sent = new ArrayList<>();
    recording.set(sent);
    try {
      work.get();
    } finally {
      recording.remove();
    }
    return List.copyOf(sent);
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
      return proxy(
          DataSource.class,
          dataSource,
          (target, method, args) -> {
            Object result = method.invoke(target, args);
            return result instanceof Connection connection ? connection(connection) : result;
          });
    }
    return bean;
  }

  private Connection connection(Connection connection) {
    return proxy(
        Connection.class,
        connection,
        (target, method, args) -> {
          Object result = method.invoke(target, args);
          if (method.getName().equals("prepareStatement")
              && result instanceof PreparedStatement statement) {
            return prepared(statement, (String) args[0]);
          }
          return result;
        });
  }

  private PreparedStatement prepared(PreparedStatement statement, String sql) {
    List<Call> calls = new ArrayList<>();
    return proxy(
        PreparedStatement.class,
        statement,
        (target, method, args) -> {
          String name = method.getName();
          if (name.startsWith("set")
              && args != null
              && args.length >= 2
              && args[0] instanceof Integer) {
            calls.add(new Call(method, args.clone()));
          } else if (name.equals("clearParameters")) {
            calls.clear();
          } else if ((name.equals("execute")
                  || name.equals("executeQuery")
                  || name.equals("executeUpdate"))
              && (args == null || args.length == 0)) {
            List<Sent> sent = recording.get();
            if (sent != null) {
              sent.add(new Sent(sql, List.copyOf(calls)));
            }
          }
          return method.invoke(target, args);
        });
  }

  private interface Handler<T> {
    Object handle(T target, Method method, Object[] args) throws Throwable;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
    InvocationHandler invocation =
        (proxy, method, args) -> {
          try {
            return handler.handle(target, method, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
  }

  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
