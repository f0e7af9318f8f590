package org.healthcode.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gate with requests held inside the chain, so saturation is exact: 2 may run, 1 may wait 300
 * ms. (On a real server the number of requests that reach the filter at once is bounded by
 * Liberty's executor threads, which grow under load; this test does not depend on how fast.)
 */
class RequestGateTest {

  private final RequestGate gate = new RequestGate();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger inside = new AtomicInteger();

  @AfterEach
  void stop() {
    release.countDown();
    threads.shutdownNow();
  }

  @Test
  void doFilter_WhenRunningAndWaitingPlacesAreTaken_ShedsAtOnceWith503AndRetryAfter()
      throws Exception {
    gate.configure(TrustedProxies.parse(""), 2, 1, Duration.ofMillis(300), 2);
    Future<?> first = threads.submit(() -> pass(new FakeResponse()));
    Future<?> second = threads.submit(() -> pass(new FakeResponse()));
    awaitInside(2);
    FakeResponse waited = new FakeResponse();
    Future<?> third = threads.submit(() -> pass(waited)); // waits its 300 ms, then is shed
    Thread.sleep(50);

    FakeResponse shed = new FakeResponse();
    long started = System.nanoTime();
    pass(shed); // no waiting place left: shed at once
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertThat(shed.status.get()).isEqualTo(503);
    assertThat(shed.headers)
        .containsEntry("Retry-After", "2")
        .containsEntry("Content-Language", "en");
    assertThat(shed.body()).contains("\"code\":\"OVERLOADED\"").contains("\"retryAfterSeconds\":2");
    assertThat(tookMillis).isLessThan(250);
    third.get(5, TimeUnit.SECONDS);
    assertThat(waited.status.get()).isEqualTo(503);
    release.countDown();
    first.get(5, TimeUnit.SECONDS);
    second.get(5, TimeUnit.SECONDS);
    assertThat(gate.shedCount()).isEqualTo(2);
  }

  @Test
  void doFilter_WhenAPlaceFreesWhileWaiting_RunsTheWaitingRequest() throws Exception {
    gate.configure(TrustedProxies.parse(""), 1, 1, Duration.ofSeconds(5), 2);
    Future<?> first = threads.submit(() -> pass(new FakeResponse()));
    awaitInside(1);
    FakeResponse waiting = new FakeResponse();
    Future<?> second = threads.submit(() -> pass(waiting));
    Thread.sleep(100);

    release.countDown();

    first.get(5, TimeUnit.SECONDS);
    second.get(5, TimeUnit.SECONDS);
    assertThat(waiting.status.get()).isEqualTo(0); // never set: the chain answered
    assertThat(gate.shedCount()).isZero();
  }

  @Test
  void doFilter_WhenPeerIsTrustedProxy_BindsTheForwardedClientForTheRequest() throws Exception {
    gate.configure(TrustedProxies.parse("10.0.0.0/8"), 2, 1, Duration.ofMillis(100), 2);
    AtomicReference<String> seen = new AtomicReference<>();

    gate.doFilter(
        request("10.0.0.5", "198.51.100.20"),
        new FakeResponse().proxy(),
        (req, res) -> seen.set(ClientAddress.current().orElse(null)));

    assertThat(seen.get()).isEqualTo("198.51.100.20");
    assertThat(ClientAddress.current()).isEmpty();
  }

  private void pass(FakeResponse response) {
    try {
      gate.doFilter(
          request("192.0.2.1", null),
          response.proxy(),
          (req, res) -> {
            inside.incrementAndGet();
            try {
              release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void awaitInside(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (inside.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(inside.get()).isEqualTo(count);
  }

  private static HttpServletRequest request(String peer, String forwardedFor) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            RequestGateTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> peer;
                  case "getHeader" -> "Accept-Language".equals(args[0]) ? "en" : null;
                  case "getHeaders" ->
                      Collections.enumeration(
                          forwardedFor != null && "X-Forwarded-For".equals(args[0])
                              ? java.util.List.of(forwardedFor)
                              : java.util.List.<String>of());
                  case "getMethod" -> "POST";
                  default -> null;
                });
  }

  /** A response that records status, headers and body. */
  static final class FakeResponse {
    final AtomicInteger status = new AtomicInteger();
    final Map<String, String> headers = new ConcurrentHashMap<>();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    String body() {
      return bytes.toString(StandardCharsets.UTF_8);
    }

    HttpServletResponse proxy() {
      ServletOutputStream out =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              bytes.write(b);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
          };
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              RequestGateTest.class.getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "setStatus" -> status.set((Integer) args[0]);
                  case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                  case "getOutputStream" -> {
                    return out;
                  }
                  default -> {}
                }
                return null;
              });
    }
  }
}
