package org.healthcode.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one in-memory cache of the application (docs/adr/0038): bounded by a number of entries, each
 * kept at most a time to live, least useful entries evicted first (Caffeine's W-TinyLFU), with
 * hits, misses, evictions and size published at {@code /metrics} as {@code
 * healthcode_cache_*{cache="<name>"}} by {@link CacheMetrics}. Every cache is per node: what it
 * keeps must be safe to read a little stale (up to its time to live) or never change.
 *
 * <p>A value is loaded outside any lock ({@link #get}): two requests missing the same key at once
 * may both load it, which is cheaper than making every other key wait behind a database read.
 * Maintenance runs on the calling thread, so the cache starts no thread of its own in the server.
 */
public final class BoundedCache<K, V> {

  private static final ConcurrentMap<String, BoundedCache<?, ?>> BY_NAME =
      new ConcurrentHashMap<>();
  private static volatile Consumer<BoundedCache<?, ?>> onCreated = cache -> {};

  private final String name;
  private final long maximumSize;
  private final Duration timeToLive;
  private final Cache<K, V> entries;

  private BoundedCache(String name, long maximumSize, Duration timeToLive, Ticker ticker) {
    if (name == null || !name.matches("[a-z][a-z_]*")) {
      throw new IllegalArgumentException("a cache name is lower snake case: " + name);
    }
    if (maximumSize < 1 || timeToLive.isNegative() || timeToLive.isZero()) {
      throw new IllegalArgumentException("a cache keeps at least one entry for some time");
    }
    this.name = name;
    this.maximumSize = maximumSize;
    this.timeToLive = timeToLive;
    this.entries =
        Caffeine.newBuilder()
            .maximumSize(maximumSize)
            .expireAfterWrite(timeToLive)
            .executor(Runnable::run)
            .ticker(ticker)
            .recordStats()
            .build();
  }

  /**
   * A new cache. The name (lower snake case) tags its metrics; a later cache of the same name
   * replaces the earlier one there.
   */
  public static <K, V> BoundedCache<K, V> create(
      String name, long maximumSize, Duration timeToLive) {
    BoundedCache<K, V> cache =
        new BoundedCache<>(name, maximumSize, timeToLive, Ticker.systemTicker());
    BY_NAME.put(name, cache);
    onCreated.accept(cache);
    return cache;
  }

  /** A cache on the given clock (nanoseconds), not published: for tests. */
  static <K, V> BoundedCache<K, V> onClock(
      String name, long maximumSize, Duration timeToLive, Ticker ticker) {
    return new BoundedCache<>(name, maximumSize, timeToLive, ticker);
  }

  /** The kept value, or null; counts a hit or a miss. */
  public V getIfPresent(K key) {
    return entries.getIfPresent(Objects.requireNonNull(key, "key"));
  }

  /**
   * The kept value, else what {@code loader} finds, kept when present; an empty answer is not kept
   * (an unknown key is asked again next time).
   */
  public Optional<V> get(K key, Function<K, Optional<V>> loader) {
    V kept = getIfPresent(key);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<V> loaded = loader.apply(key);
    loaded.ifPresent(value -> entries.put(key, value));
    return loaded;
  }

  public void put(K key, V value) {
    entries.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
  }

  public void invalidate(K key) {
    entries.invalidate(Objects.requireNonNull(key, "key"));
  }

  public void invalidateAll() {
    entries.invalidateAll();
  }

  public String name() {
    return name;
  }

  public long maximumSize() {
    return maximumSize;
  }

  public Duration timeToLive() {
    return timeToLive;
  }

  /** Counts since the cache was created, and its size now (an estimate under concurrent use). */
  public Stats stats() {
    CacheStats stats = entries.stats();
    return new Stats(
        stats.hitCount(), stats.missCount(), stats.evictionCount(), entries.estimatedSize());
  }

  /** Runs pending evictions now; for tests and measurements, the cache does it as it goes. */
  public void cleanUp() {
    entries.cleanUp();
  }

  /**
   * Hits, misses, evictions (for size or age) since creation, and the entries kept now.
   *
   * @param hits reads answered from the cache
   * @param misses reads that were not
   */
  public record Stats(long hits, long misses, long evictions, long size) {
    /** Hits over reads; 0 before the first read. */
    public double hitRate() {
      long reads = hits + misses;
      return reads == 0 ? 0 : (double) hits / reads;
    }
  }

  /** The latest cache of that name, for the metrics. */
  static Optional<BoundedCache<?, ?>> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Tells {@code listener} about every cache made so far and every one made from now on. */
  static synchronized void onEveryCache(Consumer<BoundedCache<?, ?>> listener) {
    onCreated = listener;
    BY_NAME.values().forEach(listener);
  }
}
