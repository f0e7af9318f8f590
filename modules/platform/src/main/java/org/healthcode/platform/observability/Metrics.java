package org.healthcode.platform.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The one way modules publish the numbers an operator watches (docs/adr/0029): MicroProfile Metrics
 * 5.1 on Liberty, served at {@code /metrics} in Prometheus format beside Liberty's own (connection
 * pool, threads, JVM). Modules get small handles from here, made once and kept in a field, so the
 * hot paths pay for an increment, never for a lookup; they depend on the platform only, not on the
 * metrics API.
 *
 * <p>Names are lower snake case with the prefix {@code healthcode_}; Prometheus adds {@code _total}
 * to counters and {@code _seconds} to timers. Tags never carry personal data or ids, only small
 * fixed sets (an outcome, a job's name).
 */
@ApplicationScoped
public class Metrics {

  @Inject MetricRegistry registry;

  /**
   * Off only to measure what metrics cost the hot paths (docs/adr/0041): every counter, timer and
   * histogram handle then does nothing; gauges, read only when asked, stay.
   */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "healthcode.metrics.enabled",
      defaultValue = "true")
  boolean enabled = true;

  /** Something that happens: counted. */
  public interface Count {
    void increment();
  }

  /** How long something took: a timer with the configured buckets. */
  public interface Timing {
    void record(long nanos);

    /** Runs the work and records how long it took, also when it fails. */
    default <T> T time(Supplier<T> work) {
      long start = System.nanoTime();
      try {
        return work.get();
      } finally {
        record(System.nanoTime() - start);
      }
    }
  }

  /** How big something was: a histogram. */
  public interface Distribution {
    void record(long value);
  }

  public Count counter(String name, String description, String... tagPairs) {
    if (!enabled) {
      return () -> {};
    }
    Counter counter =
        registry.counter(metadata(name, description, MetricUnits.NONE), tags(tagPairs));
    return counter::inc;
  }

  public Timing timer(String name, String description, String... tagPairs) {
    if (!enabled) {
      return nanos -> {};
    }
    Timer timer =
        registry.timer(metadata(name, description, MetricUnits.NANOSECONDS), tags(tagPairs));
    return nanos -> timer.update(Duration.ofNanos(nanos));
  }

  public Distribution histogram(String name, String description, String... tagPairs) {
    if (!enabled) {
      return value -> {};
    }
    Histogram histogram =
        registry.histogram(metadata(name, description, MetricUnits.NONE), tags(tagPairs));
    return histogram::update;
  }

  /** Runs of a periodic job (the timer's count) and how long each took, by the job's name. */
  public Timing jobRuns(String job) {
    return timer(
        "healthcode_job_duration", "Runs of a periodic job and how long each took", "job", job);
  }

  /** Runs of a periodic job that failed (tried again next round). */
  public Count jobFailures(String job) {
    return counter("healthcode_job_failures", "Runs of a periodic job that failed", "job", job);
  }

  /** A value read when {@code /metrics} is asked, e.g. a queue's length. */
  public void gauge(String name, String description, Supplier<Number> value, String... tagPairs) {
    registry.gauge(metadata(name, description, MetricUnits.NONE), value, tags(tagPairs));
  }

  private static Metadata metadata(String name, String description, String unit) {
    return Metadata.builder().withName(name).withDescription(description).withUnit(unit).build();
  }

  private static Tag[] tags(String... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("tags come in name/value pairs");
    }
    Tag[] tags = new Tag[pairs.length / 2];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = new Tag(pairs[2 * i], pairs[2 * i + 1]);
    }
    return tags;
  }
}
