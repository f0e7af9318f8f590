package org.healthcode.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.healthcode.platform.config.RuntimeMode;
import org.junit.jupiter.api.Test;

/** GraphiQL and the served schema file exist in development only. */
class GraphiqlGateTest {

  @Test
  void doFilter_WhenProduction_Answers404WithoutServing() throws Exception {
    Outcome outcome = filter("production");

    assertThat(outcome.status.get()).isEqualTo(404);
    assertThat(outcome.served.get()).isFalse();
  }

  @Test
  void doFilter_WhenDevelopment_Serves() throws Exception {
    Outcome outcome = filter("development");

    assertThat(outcome.served.get()).isTrue();
  }

  private record Outcome(AtomicInteger status, AtomicBoolean served) {}

  private static Outcome filter(String mode) throws Exception {
    RuntimeMode runtimeMode =
        new RuntimeMode() {
          @Override
          public boolean isDevelopment() {
            return "development".equals(mode);
          }
        };
    GraphiqlGate gate = new GraphiqlGate();
    gate.runtimeMode = runtimeMode;
    Outcome outcome = new Outcome(new AtomicInteger(), new AtomicBoolean());
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                GraphiqlGateTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> null);
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                GraphiqlGateTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("sendError")) {
                    outcome.status.set((Integer) args[0]);
                  }
                  return null;
                });
    FilterChain chain = (req, res) -> outcome.served.set(true);
    gate.doFilter(request, response, chain);
    return outcome;
  }
}
