package org.healthcode.platform.http;

import java.util.Optional;

/**
 * The address of the client the current request came from, as {@link TrustedProxies} resolved it
 * (set by {@link RequestGate} for the request's thread). Used for per-address limits; never logged.
 */
public final class ClientAddress {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private ClientAddress() {}

  /** The current request's client address; empty outside a request (jobs, tests in-process). */
  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  static void set(String address) {
    CURRENT.set(address);
  }

  static void clear() {
    CURRENT.remove();
  }
}
