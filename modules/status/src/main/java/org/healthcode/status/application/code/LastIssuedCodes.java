package org.healthcode.status.application.code;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last app code this node issued to each caller for each person, kept in memory so that
 * healthCodeQr can still answer while the database cannot be reached (degraded mode,
 * docs/adr/0035). Served only to the same caller (token subject) it was issued to and only while
 * the code is still valid; never written anywhere, so each node knows only the codes it issued
 * itself.
 *
 * <p>Bounded: at most {@code healthcode.status.last-codes} entries (default 100,000, about 30 MB).
 * When full, expired entries are dropped; if it is still full, a new code is not remembered (the
 * citizen's page keeps its own last code too).
 */
@ApplicationScoped
public class LastIssuedCodes {

  @Inject
  @ConfigProperty(name = "healthcode.status.last-codes", defaultValue = "100000")
  int capacity;

  private record Key(String subject, long personId) {}

  private final ConcurrentHashMap<Key, AppCode> codes = new ConcurrentHashMap<>();

  /** Remembers the code (without its images) as the last one issued to the caller. */
  public void remember(String subject, AppCode code, Instant now) {
    if (code.token() == null || capacity <= 0) {
      return;
    }
    Key key = new Key(subject, code.personId());
    if (codes.size() >= capacity && !codes.containsKey(key)) {
      codes.values().removeIf(old -> !old.expiresAt().isAfter(now));
      if (codes.size() >= capacity) {
        return;
      }
    }
    codes.put(
        key,
        new AppCode(
            code.personId(),
            code.token(),
            code.qrText(),
            code.colour(),
            code.issuedAt(),
            code.expiresAt(),
            null,
            null,
            false));
  }

  /** The last code issued to the caller for the person, if it is still valid at {@code now}. */
  public Optional<AppCode> lastValid(String subject, long personId, Instant now) {
    AppCode code = codes.get(new Key(subject, personId));
    return code != null && code.expiresAt().isAfter(now) ? Optional.of(code) : Optional.empty();
  }
}
