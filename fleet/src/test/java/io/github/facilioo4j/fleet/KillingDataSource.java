package io.github.facilioo4j.fleet;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The real database, except that a worker "dies" at random between the create and the record: the
 * statement that would record the process id fails before it reaches the database, so the claim
 * stays unfinished with its process created in facilioo, as when a pod is killed at that moment.
 */
final class KillingDataSource {
  private KillingDataSource() {}

  static DataSource wrap(DataSource real, double killRate, long seed, AtomicInteger kills) {
    Random random = new Random(seed);
    return (DataSource)
        Proxy.newProxyInstance(
            KillingDataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(real, method, args);
              if (!method.getName().equals("getConnection")) {
                return result;
              }
              Connection connection = (Connection) result;
              return Proxy.newProxyInstance(
                  KillingDataSource.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("prepareStatement")
                        && ((String) a[0]).contains("SET process_id")) {
                      boolean kill;
                      synchronized (random) {
                        kill = random.nextDouble() < killRate;
                      }
                      if (kill) {
                        kills.incrementAndGet();
                        throw new SQLException("worker killed between create and record");
                      }
                    }
                    return invoke(connection, m, a);
                  });
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
