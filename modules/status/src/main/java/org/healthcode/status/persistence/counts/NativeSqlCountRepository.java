package org.healthcode.status.persistence.counts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.platform.cluster.ClusterNode;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.counts.Bucket;
import org.healthcode.status.domain.counts.CountChange;
import org.healthcode.status.domain.counts.CountRepository;

/**
 * status_count_now and status_count_daily in native SQL: increments by key, reads of at most a few
 * rows a day. Each application node adds to the rows of its own slot and reads sum the slots, so
 * nodes of a cluster never conflict over a count (platform ClusterNode, docs/adr/0023); a slot's
 * row may go below zero (a person counted in by one node and out by another), the sum cannot.
 */
@ApplicationScoped
public class NativeSqlCountRepository implements CountRepository {

  /** One lock order for all writers, so two changes crossing the same buckets cannot deadlock. */
  private static final Comparator<CountChange> LOCK_ORDER =
      Comparator.comparing((CountChange change) -> change.bucket().colour().name())
          .thenComparing(change -> change.bucket().district().name());

  @PersistenceContext(unitName = "status")
  EntityManager entityManager;

  @Inject ClusterNode node;

  @Override
  public void apply(LocalDate day, List<CountChange> changes) {
    for (CountChange change : changes.stream().sorted(LOCK_ORDER).toList()) {
      Bucket bucket = change.bucket();
      entityManager
          .createNativeQuery(
              "INSERT INTO status_count_now (colour, district, slot, residency, count)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5) ON DUPLICATE KEY UPDATE count = count + ?5")
          .setParameter(1, bucket.colour().name())
          .setParameter(2, bucket.district().name())
          .setParameter(3, node.slot())
          .setParameter(4, bucket.residency().name())
          .setParameter(5, change.delta())
          .executeUpdate();
      entityManager
          .createNativeQuery(
              "INSERT INTO status_count_daily (day, colour, district, slot, residency, net_change)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                  + " ON DUPLICATE KEY UPDATE net_change = net_change + ?6")
          .setParameter(1, Date.valueOf(day))
          .setParameter(2, bucket.colour().name())
          .setParameter(3, bucket.district().name())
          .setParameter(4, node.slot())
          .setParameter(5, bucket.residency().name())
          .setParameter(6, change.delta())
          .executeUpdate();
    }
  }

  @Override
  public Map<Bucket, Long> now() {
    return buckets(
        entityManager
            .createNativeQuery(
                "SELECT colour, district, SUM(count) FROM status_count_now"
                    + " GROUP BY colour, district")
            .getResultList());
  }

  @Override
  public Map<Bucket, Long> changesBefore(LocalDate day) {
    return buckets(
        entityManager
            .createNativeQuery(
                "SELECT colour, district, SUM(net_change) FROM status_count_daily"
                    + " WHERE day < ?1 GROUP BY colour, district")
            .setParameter(1, Date.valueOf(day))
            .getResultList());
  }

  @Override
  public Map<LocalDate, Map<Bucket, Long>> changesBetween(LocalDate from, LocalDate to) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT day, colour, district, SUM(net_change) FROM status_count_daily"
                    + " WHERE day BETWEEN ?1 AND ?2 GROUP BY day, colour, district")
            .setParameter(1, Date.valueOf(from))
            .setParameter(2, Date.valueOf(to))
            .getResultList();
    Map<LocalDate, Map<Bucket, Long>> changes = new HashMap<>();
    for (Object result : rows) {
      Object[] row = (Object[]) result;
      changes
          .computeIfAbsent(localDate(row[0]), day -> new HashMap<>())
          .put(bucket(row[1], row[2]), ((Number) row[3]).longValue());
    }
    return changes;
  }

  private static Map<Bucket, Long> buckets(List<?> rows) {
    Map<Bucket, Long> counts = new HashMap<>();
    for (Object result : rows) {
      Object[] row = (Object[]) result;
      counts.put(bucket(row[0], row[1]), ((Number) row[2]).longValue());
    }
    return counts;
  }

  private static Bucket bucket(Object colour, Object district) {
    return new Bucket(Colour.valueOf((String) colour), HomeDistrict.valueOf((String) district));
  }

  private static LocalDate localDate(Object value) {
    return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
  }
}
