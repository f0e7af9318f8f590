package org.healthcode.status.application.code;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.healthcode.identity.api.IdentityFacade;
import org.healthcode.identity.api.PersonId;
import org.healthcode.identity.api.PersonSummary;

/**
 * Masked names for the scan path (docs/adr/0011), cached per node: identity keeps names encrypted,
 * so each lookup is a read plus a decryption, while a masked name almost never changes. An entry
 * lives {@link #TIME_TO_LIVE_NANOS} at most; the cache is emptied when it reaches {@link
 * #MAX_ENTRIES} (a few MiB), which keeps it bounded without bookkeeping on the hot path. Only names
 * are cached: revocation and colour are read on every scan.
 */
@ApplicationScoped
public class MaskedNames {

  static final int MAX_ENTRIES = 50_000;
  static final long TIME_TO_LIVE_NANOS = 10L * 60 * 1_000_000_000;

  private record Entry(String maskedName, long loadedAt) {}

  private final ConcurrentHashMap<Long, Entry> cache = new ConcurrentHashMap<>();

  @Inject IdentityFacade identity;

  /** The masked name; {@code "*"} if identity knows no such person (never cached). */
  public String of(PersonId personId) {
    long now = System.nanoTime();
    Entry entry = cache.get(personId.value());
    if (entry != null && now - entry.loadedAt() < TIME_TO_LIVE_NANOS) {
      return entry.maskedName();
    }
    return identity
        .find(personId)
        .map(PersonSummary::maskedName)
        .map(
            name -> {
              if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
              }
              cache.put(personId.value(), new Entry(name, now));
              return name;
            })
        .orElse("*");
  }
}
