package org.healthcode.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  private final AtomicLong nanos = new AtomicLong();
  private final BoundedCache<Long, String> cache =
      BoundedCache.onClock("test_names", 100, Duration.ofSeconds(5), nanos::get);

  @Test
  void get_WhenTheValueWasLoaded_AnswersFromTheCacheWithoutLoadingAgain() {
    AtomicInteger loads = new AtomicInteger();

    cache.get(1L, key -> Optional.of("张*" + loads.incrementAndGet()));
    Optional<String> second = cache.get(1L, key -> Optional.of("张*" + loads.incrementAndGet()));

    assertThat(second).contains("张*1");
    assertThat(loads).hasValue(1);
    assertThat(cache.stats()).isEqualTo(new BoundedCache.Stats(1, 1, 0, 1));
    assertThat(cache.stats().hitRate()).isEqualTo(0.5);
  }

  @Test
  void get_WhenTheLoaderFindsNothing_KeepsNothing() {
    cache.get(1L, key -> Optional.empty());

    assertThat(cache.get(1L, key -> Optional.of("李*明"))).contains("李*明");
    assertThat(cache.stats().misses()).isEqualTo(2);
  }

  @Test
  void getIfPresent_AfterTheTimeToLive_IsAMiss() {
    cache.put(1L, "李*明");
    nanos.addAndGet(Duration.ofSeconds(4).toNanos());
    assertThat(cache.getIfPresent(1L)).isEqualTo("李*明");

    nanos.addAndGet(Duration.ofSeconds(1).toNanos());

    assertThat(cache.getIfPresent(1L)).isNull();
    assertThat(cache.stats().evictions()).isEqualTo(1);
  }

  @Test
  void put_BeyondTheMaximumSize_EvictsDownToIt() {
    for (long key = 0; key < 1_000; key++) {
      cache.put(key, "name " + key);
    }
    cache.cleanUp();

    assertThat(cache.stats().size()).isEqualTo(100);
    assertThat(cache.stats().evictions()).isEqualTo(900);
  }

  @Test
  void put_BeyondTheMaximumSize_KeepsTheOftenReadEntries() {
    cache.put(-1L, "a gate device read on every scan");
    for (long key = 0; key < 10_000; key++) {
      cache.getIfPresent(-1L);
      cache.put(key, "a citizen scanned once");
    }
    cache.cleanUp();

    assertThat(cache.getIfPresent(-1L)).isEqualTo("a gate device read on every scan");
  }

  @Test
  void create_WithANameThatIsNotSnakeCase_IsRefused() {
    assertThatThrownBy(() -> BoundedCache.create("Masked Names", 10, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidate_RemovesTheEntry() {
    cache.put(1L, "李*明");

    cache.invalidate(1L);

    assertThat(cache.getIfPresent(1L)).isNull();
  }
}
