package org.healthcode.platform.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool's connections without its socket timeout (ADR 19), for the schema migrations: the pool
 * gives every statement a few seconds of database silence before it fails, which bounds a scan when
 * the database hangs, but an ALTER of a large table may rightly run for minutes. Each connection
 * gets the timeout it had back when it is closed, before it returns to the pool.
 */
final class UntimedConnections {

  private static final Logger LOG = Logger.getLogger(UntimedConnections.class.getName());

  private UntimedConnections() {}

  static DataSource of(DataSource pool) {
    return (DataSource)
        Proxy.newProxyInstance(
            UntimedConnections.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(method, pool, args);
              return result instanceof Connection connection ? untimed(connection) : result;
            });
  }

  private static Connection untimed(Connection connection) {
    int before;
    try {
      before = connection.getNetworkTimeout();
      connection.setNetworkTimeout(Runnable::run, 0);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "a migration connection keeps the pool's socket timeout", e);
      return connection;
    }
    return (Connection)
        Proxy.newProxyInstance(
            UntimedConnections.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                try {
                  connection.setNetworkTimeout(Runnable::run, before);
                } catch (SQLException | RuntimeException e) {
                  LOG.log(Level.FINE, "socket timeout not restored; the connection closes", e);
                }
              }
              return invoke(method, connection, args);
            });
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
