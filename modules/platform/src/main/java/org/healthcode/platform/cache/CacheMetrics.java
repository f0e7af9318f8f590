package org.healthcode.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.healthcode.platform.observability.Metrics;

/**
 * Publishes every {@link BoundedCache} at {@code /metrics} (docs/adr/0038): {@code
 * healthcode_cache_hits}, {@code _misses}, {@code _evictions} (counts since the cache was made) and
 * {@code _size}, each tagged with the cache's name. Caches made before the application started (a
 * plain class's field) are published at start, later ones when made.
 */
@ApplicationScoped
public class CacheMetrics {

  @Inject Metrics metrics;

  private final Set<String> published = ConcurrentHashMap.newKeySet();

  void publishOnStartup(@Observes Startup startup) {
    BoundedCache.onEveryCache(this::publish);
  }

  void publish(BoundedCache<?, ?> cache) {
    String name = cache.name();
    if (!published.add(name)) {
      return; // a newer cache of the same name: the gauges read it by name
    }
    gauge(name, "hits", "Reads answered from the cache", BoundedCache.Stats::hits);
    gauge(name, "misses", "Reads the cache could not answer", BoundedCache.Stats::misses);
    gauge(name, "evictions", "Entries dropped for size or age", BoundedCache.Stats::evictions);
    gauge(name, "size", "Entries kept now", BoundedCache.Stats::size);
  }

  private void gauge(
      String cache, String what, String description, ToLongFunction<BoundedCache.Stats> read) {
    metrics.gauge(
        "healthcode_cache_" + what,
        description,
        () -> BoundedCache.named(cache).map(c -> read.applyAsLong(c.stats())).orElse(0L),
        "cache",
        cache);
  }
}
