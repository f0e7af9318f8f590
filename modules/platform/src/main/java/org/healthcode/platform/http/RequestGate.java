package org.healthcode.platform.http;

import jakarta.json.spi.JsonProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.i18n.Language;
import org.healthcode.platform.i18n.Messages;

/**
 * The first thing a request to {@code /graphql} meets (docs/adr/0026): it resolves the client's
 * address ({@link TrustedProxies}, {@link ClientAddress}) and bounds the requests this node works
 * on at once. At most {@code healthcode.http.max-concurrent-requests} run; up to {@code
 * max-waiting-requests} more wait at most {@code max-wait} for a place; any other request is shed
 * at once with 503, {@code Retry-After} and the code OVERLOADED, before it reads its body or takes
 * a thread in the database pool. Under a morning rush the node so keeps answering the requests it
 * admits at normal speed and tells the others, fast and in the same way each time, when to come
 * back, instead of letting every request time out.
 */
public class RequestGate extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(RequestGate.class.getName());

  /** Looked up once: a shed request must stay cheap, and each lookup searches (docs/adr/0046). */
  private static final JsonProvider JSON_PROVIDER = JsonProvider.provider();

  private TrustedProxies proxies;
  private Semaphore running;
  private int maxWaiting;
  private long maxWaitNanos;
  private long retryAfterSeconds;
  private Messages texts;
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong shed = new AtomicLong();
  private volatile long lastReportNanos = System.nanoTime();

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    configure(
        TrustedProxies.parse(
            config.getOptionalValue("healthcode.http.trusted-proxies", String.class).orElse("")),
        config
            .getOptionalValue("healthcode.http.max-concurrent-requests", Integer.class)
            .orElse(200),
        config.getOptionalValue("healthcode.http.max-waiting-requests", Integer.class).orElse(400),
        config
            .getOptionalValue("healthcode.http.max-wait", Duration.class)
            .orElse(Duration.ofSeconds(1)),
        config.getOptionalValue("healthcode.http.retry-after-seconds", Long.class).orElse(2L));
  }

  /** The gate's settings (from configuration at start; directly in tests). */
  void configure(
      TrustedProxies trusted,
      int maxConcurrent,
      int maxWaitingRequests,
      Duration maxWait,
      long retryAfter) {
    proxies = trusted;
    running = new Semaphore(maxConcurrent);
    maxWaiting = maxWaitingRequests;
    maxWaitNanos = maxWait.toNanos();
    retryAfterSeconds = retryAfter;
    texts = Messages.of("org.healthcode.platform.i18n.messages", RequestGate.class);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!admit()) {
      overloaded(request, response);
      return;
    }
    try {
      ClientAddress.set(
          proxies.clientAddress(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For")));
      chain.doFilter(request, response);
    } finally {
      ClientAddress.clear();
      running.release();
    }
  }

  private boolean admit() {
    if (running.tryAcquire()) {
      return true;
    }
    if (waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      return false;
    }
    try {
      return running.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      waiting.decrementAndGet();
    }
  }

  private void overloaded(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long count = shed.incrementAndGet();
    long now = System.nanoTime();
    if (now - lastReportNanos > TimeUnit.MINUTES.toNanos(1)) {
      lastReportNanos = now;
      LOG.warning(() -> "load shedding: " + count + " request(s) answered OVERLOADED so far");
    }
    Language language = Language.fromAcceptLanguage(request.getHeader("Accept-Language"));
    byte[] body =
        JSON_PROVIDER
            .createObjectBuilder()
            .add(
                "errors",
                JSON_PROVIDER
                    .createArrayBuilder()
                    .add(
                        JSON_PROVIDER
                            .createObjectBuilder()
                            .add("message", texts.text(language, "error.OVERLOADED", Map.of()))
                            .add(
                                "extensions",
                                JSON_PROVIDER
                                    .createObjectBuilder()
                                    .add("code", ErrorCodes.OVERLOADED)
                                    .add("retryAfterSeconds", retryAfterSeconds))))
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
    response.setHeader("Content-Language", language.tag());
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }

  /** How many requests this node has shed since it started. */
  public long shedCount() {
    return shed.get();
  }
}
