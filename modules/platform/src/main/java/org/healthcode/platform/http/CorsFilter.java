package org.healthcode.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Cross-origin access to the API for browser apps served from other origins (docs/adr/0027). Closed
 * by default: only the origins listed in {@code healthcode.cors.allowed-origins} ({@code
 * HEALTHCODE_CORS_ALLOWED_ORIGINS}, comma-separated, exact {@code scheme://host[:port]}) are
 * answered with {@code Access-Control-Allow-Origin}; a preflight from any other origin is refused
 * with 403. No credentials (cookies) are involved: the API takes bearer tokens, so {@code
 * Access-Control-Allow-Credentials} is never sent and {@code *} is never allowed.
 */
public class CorsFilter extends HttpFilter {

  static final String ALLOWED_METHODS = "POST";
  static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept-Language";
  static final String EXPOSED_HEADERS = "Retry-After, Content-Language";

  private Set<String> allowedOrigins = Set.of();
  private long maxAgeSeconds;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    allowedOrigins =
        parseOrigins(
            config.getOptionalValue("healthcode.cors.allowed-origins", String.class).orElse(""));
    maxAgeSeconds =
        config.getOptionalValue("healthcode.cors.max-age-seconds", Long.class).orElse(600L);
  }

  /** The configured origins, normalised (lower case, no trailing slash); blanks are dropped. */
  static Set<String> parseOrigins(String configured) {
    return Arrays.stream(configured.split(","))
        .map(String::strip)
        .filter(origin -> !origin.isEmpty())
        .map(CorsFilter::normalise)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String normalise(String origin) {
    String lower = origin.toLowerCase(Locale.ROOT);
    return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      chain.doFilter(request, response);
      return;
    }
    boolean allowed = allowedOrigins.contains(normalise(origin.strip()));
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && request.getHeader("Access-Control-Request-Method") != null;
    response.addHeader("Vary", "Origin");
    if (preflight) {
      if (!allowed) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      response.setHeader("Access-Control-Allow-Origin", origin.strip());
      response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
      response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      response.setHeader("Access-Control-Max-Age", Long.toString(maxAgeSeconds));
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    if (allowed) {
      response.setHeader("Access-Control-Allow-Origin", origin.strip());
      response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }
    chain.doFilter(request, response);
  }
}
