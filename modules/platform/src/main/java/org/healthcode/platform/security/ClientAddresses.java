package org.healthcode.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The network address a request came from, for throttling (docs/adr/0019): the TCP peer, unless
 * that peer is a configured reverse proxy ({@code healthcode.security.trusted-proxies}, a
 * comma-separated list of addresses, e.g. the HAProxy in front of the nodes), in which case the
 * last address the proxy appended to {@code X-Forwarded-For}. A header from anyone else is ignored,
 * so a client cannot choose its own address.
 */
@ApplicationScoped
public class ClientAddresses {

  /** Longer than any IPv6 text form; a longer forwarded entry is not an address. */
  static final int MAX_ADDRESS_CHARS = 45;

  @Inject
  @ConfigProperty(name = "healthcode.security.trusted-proxies")
  Optional<String> trustedProxiesSetting;

  private volatile Set<String> trustedProxies;

  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  String of(String peer, String forwardedFor) {
    String address = peer == null ? "" : peer;
    if (forwardedFor == null || !trusted().contains(address)) {
      return address;
    }
    String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
    return last.isEmpty() || last.length() > MAX_ADDRESS_CHARS ? address : last;
  }

  private Set<String> trusted() {
    Set<String> kept = trustedProxies;
    if (kept == null) {
      kept =
          trustedProxiesSetting
              .map(
                  setting ->
                      Arrays.stream(setting.split(","))
                          .map(String::strip)
                          .filter(entry -> !entry.isEmpty())
                          .collect(Collectors.toUnmodifiableSet()))
              .orElse(Set.of());
      trustedProxies = kept;
    }
    return kept;
  }
}
