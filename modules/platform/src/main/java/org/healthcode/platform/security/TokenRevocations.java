package org.healthcode.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token subjects whose tokens end before they expire (docs/adr/0019), e.g. a disabled staff
 * account. A revocation is a row in {@code platform_token_revocation}, written in the caller's
 * transaction, so every node sees it. Each node checks tokens against a snapshot of the recent rows
 * that it reloads when it is older than {@code healthcode.security.revocation-refresh} (default one
 * second) and at once after a revocation committed on this node: a revoked token is refused on this
 * node from the next request, on the others within the refresh interval plus one read.
 *
 * <p>The check is on every authenticated request, so it costs a volatile read and a map lookup; the
 * first request after the interval starts a reload in the background (a single-table read of a few
 * rows) and every request goes on with the last snapshot, so no request waits for the database
 * here, even one that hangs. When the reload fails (the database is down) the last snapshot stays
 * and the reload is tried again after the interval.
 */
@ApplicationScoped
public class TokenRevocations {

  /** Rows older than this are not loaded: every token revoked by them has long expired. */
  static final Duration KEPT = Duration.ofDays(1);

  private static final Logger LOG = Logger.getLogger(TokenRevocations.class.getName());

  private record Snapshot(Map<String, Long> revokedAtSecond, long loadedAtNanos) {}

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry synchronizations;

  @Resource ManagedExecutorService executor;

  @PersistenceContext(unitName = "platform")
  EntityManager entityManager;

  @Inject
  @ConfigProperty(name = "healthcode.security.revocation-refresh", defaultValue = "PT1S")
  Duration refresh;

  private final Clock clock = Clock.systemUTC();
  private final AtomicBoolean reloading = new AtomicBoolean();
  private final AtomicLong generation = new AtomicLong();
  private volatile Snapshot snapshot;

  /**
   * Ends every token of the subject issued until now, on every node. Joins the caller's
   * transaction: rolled back with it, and visible to this node's next request once it commits.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void revoke(String subject, String revokedBy) {
    Instant now = clock.instant();
    entityManager
        .createNativeQuery(
            "INSERT INTO platform_token_revocation (subject, revoked_at, revoked_by)"
                + " VALUES (?1, ?2, ?3)"
                + " ON DUPLICATE KEY UPDATE revoked_at = VALUES(revoked_at),"
                + " revoked_by = VALUES(revoked_by)")
        .setParameter(1, subject)
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, revokedBy)
        .executeUpdate();
    synchronizations.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              generation.incrementAndGet(); // a reload under way may have missed it
              snapshot = null; // the next request reloads before it is checked
            }
          }
        });
  }

  /** Whether a token of this subject, issued at this second (0: unknown), must be refused. */
  public boolean isRevoked(String subject, long issuedAtEpochSecond) {
    Map<String, Long> revoked = current().revokedAtSecond();
    if (revoked.isEmpty()) {
      return false;
    }
    Long revokedAt = revoked.get(subject);
    return revokedAt != null && issuedAtEpochSecond <= revokedAt;
  }

  private Snapshot current() {
    Snapshot kept = snapshot;
    if (kept == null) {
      return reloadNow(); // the first request, or the first after a revocation on this node
    }
    if (System.nanoTime() - kept.loadedAtNanos() >= refresh.toNanos()
        && reloading.compareAndSet(false, true)) {
      // in the background: a request never waits for the database here, even when it hangs
      long generationAtStart = generation.get();
      try {
        executor.execute(
            () -> {
              try {
                Snapshot fresh = load(snapshot);
                if (generation.get() == generationAtStart) {
                  snapshot = fresh;
                }
              } finally {
                reloading.set(false);
              }
            });
      } catch (RuntimeException e) {
        reloading.set(false);
        LOG.log(Level.WARNING, "token revocations not reloaded; the last ones stay in force", e);
      }
    }
    return kept;
  }

  private synchronized Snapshot reloadNow() {
    Snapshot kept = snapshot;
    if (kept == null) {
      kept = load(null);
      snapshot = kept;
    }
    return kept;
  }

  /** The rows now; when they cannot be read, the last ones (none at first), retried later. */
  private Snapshot load(Snapshot last) {
    try {
      return new Snapshot(load(), System.nanoTime());
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "token revocations not reloaded; the last ones stay in force", e);
      return new Snapshot(last == null ? Map.of() : last.revokedAtSecond(), System.nanoTime());
    }
  }

  private Map<String, Long> load() throws SQLException {
    Map<String, Long> revoked = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT subject, revoked_at FROM platform_token_revocation WHERE revoked_at > ?")) {
      statement.setTimestamp(1, Timestamp.from(clock.instant().minus(KEPT)));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          revoked.put(rows.getString(1), rows.getTimestamp(2).toInstant().getEpochSecond());
        }
      }
    }
    return Map.copyOf(revoked);
  }
}
