package org.healthcode.platform.http;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.healthcode.platform.error.HealthCodeException;

/**
 * Token buckets (Bucket4j) kept in this node's memory, one per limit and key (docs/adr/0026). Each
 * node holds its own share of a limit: with {@code N} nodes behind the load balancer, a cluster
 * admits at most {@code N} times a node's limit, so a deployment sets the per-node values to its
 * cluster budget divided by its node count. Nothing is written to the database for them, so a flood
 * of refused requests costs no database work at all. Buckets of keys that have been idle long
 * enough to be full again are dropped when the map grows large.
 */
@ApplicationScoped
public class RateLimits {

  /** Above this many keys, idle (full) buckets are swept out. */
  static final int SWEEP_ABOVE = 100_000;

  /**
   * A limit: {@code capacity} requests per {@code period}, refilled continuously.
   *
   * @param name what is limited, e.g. {@code sign-in-code.address}
   */
  public record Limit(String name, long capacity, Duration period) {
    public Limit {
      if (capacity < 1 || period.isZero() || period.isNegative()) {
        throw new IllegalArgumentException(name + ": the limit needs a capacity and a period");
      }
    }
  }

  private record Entry(Bucket bucket, long fullAfterNanos) {}

  private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

  /**
   * Takes one request from the bucket of {@code limit} and {@code key}; RATE_LIMITED with the
   * seconds until one is free when it is empty. A refused request takes nothing.
   */
  public void take(Limit limit, String key, String message) {
    long now = System.nanoTime();
    Entry entry =
        buckets.compute(
            limit.name() + '\u0000' + key,
            (k, old) ->
                new Entry(
                    old != null ? old.bucket() : newBucket(limit), now + limit.period().toNanos()));
    ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
    if (buckets.size() > SWEEP_ABOVE) {
      buckets.values().removeIf(e -> e.fullAfterNanos() - now < 0);
    }
    if (!probe.isConsumed()) {
      long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
      throw HealthCodeException.rateLimited(message, seconds);
    }
  }

  private static Bucket newBucket(Limit limit) {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.capacity(), limit.period())
                .build())
        .build();
  }
}
