package org.healthcode.venue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.healthcode.declaration.api.District;
import org.healthcode.platform.cluster.ClusterNode;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.domain.AreaHour;
import org.healthcode.venue.domain.ScanHours;
import org.healthcode.venue.domain.ScanHours.Increment;
import org.healthcode.venue.domain.ScanTally;
import org.healthcode.venue.domain.VenueHour;

/**
 * The hourly scan counts per venue in native SQL (venue_scan_hour), added to in each scan's own
 * transaction: one row a venue, hour and node slot, summed on read. Gates of different venues never
 * wait for one another, and nodes of a cluster never write the same row, so they never conflict
 * over one (platform ClusterNode, docs/adr/0023).
 */
@ApplicationScoped
public class NativeSqlScanHours implements ScanHours {

  @PersistenceContext(unitName = "venue")
  EntityManager entityManager;

  @Inject ClusterNode node;

  /** Adds the increment to its venue's hour, in this node's slot. */
  @Override
  public void add(Increment increment) {
    SqlRows.bind(entityManager.createNativeQuery(upsert(1)), values(increment, node.slot()))
        .executeUpdate();
  }

  /**
   * The increments summed per row and ordered by row key: one statement for a batch of scans, and
   * two batches that touch the same rows lock them in the same order (no deadlock between them).
   */
  static List<Increment> perRow(List<Increment> increments) {
    List<Increment> sorted =
        increments.stream()
            .sorted(
                Comparator.comparingLong(Increment::venueId)
                    .thenComparingLong(Increment::hourEpoch))
            .toList();
    List<Increment> rows = new ArrayList<>();
    for (Increment increment : sorted) {
      int last = rows.size() - 1;
      if (last >= 0 && rows.get(last).sameHourAs(increment)) {
        rows.set(last, rows.get(last).plus(increment));
      } else {
        rows.add(increment);
      }
    }
    return rows;
  }

  /** The upsert of {@code rows} increments, bound with {@link #values} row by row. */
  static String upsert(int rows) {
    return "INSERT INTO venue_scan_hour (venue_id, hour_epoch, slot, district, category, scans,"
        + " admits, denials, referrals) VALUES "
        + SqlRows.placeholders(rows, 9)
        + " ON DUPLICATE KEY UPDATE scans = scans + VALUES(scans),"
        + " admits = admits + VALUES(admits), denials = denials + VALUES(denials),"
        + " referrals = referrals + VALUES(referrals)";
  }

  static Object[] values(Increment increment, int slot) {
    ScanTally scans = increment.scans();
    return new Object[] {
      increment.venueId(),
      increment.hourEpoch(),
      slot,
      increment.district().name(),
      increment.category().name(),
      scans.scans(),
      scans.admits(),
      scans.denials(),
      scans.referrals()
    };
  }

  @Override
  public List<VenueHour> venueHours(
      long venueId, long fromHour, long toHour, long afterHour, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT hour_epoch, SUM(scans), SUM(admits), SUM(denials), SUM(referrals)"
                    + " FROM venue_scan_hour WHERE venue_id = ? AND hour_epoch >= ?"
                    + " AND hour_epoch < ? AND hour_epoch > ? GROUP BY hour_epoch"
                    + " ORDER BY hour_epoch LIMIT ?")
            .setParameter(1, venueId)
            .setParameter(2, fromHour)
            .setParameter(3, toHour)
            .setParameter(4, afterHour)
            .setParameter(5, limit)
            .getResultList();
    return rows.stream().map(row -> new VenueHour(venueId, number(row[0]), tally(row, 1))).toList();
  }

  @Override
  public List<AreaHour> areaHours(
      long fromHour,
      long toHour,
      District district,
      VenueCategory category,
      AreaHour.Key after,
      int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT hour_epoch, district, category, SUM(scans), SUM(admits), SUM(denials),"
                + " SUM(referrals) FROM venue_scan_hour WHERE hour_epoch >= ? AND hour_epoch < ?");
    if (district != null) {
      sql.append(" AND district = ?");
    }
    if (category != null) {
      sql.append(" AND category = ?");
    }
    if (after != null) {
      // the cursor narrows the rows read, before grouping: a HAVING would group every area-hour
      // before it again for each page, and reading all pages would cost quadratically
      sql.append(" AND hour_epoch >= ? AND (hour_epoch, district, category) > (?, ?, ?)");
    }
    sql.append(" GROUP BY hour_epoch, district, category");
    sql.append(" ORDER BY hour_epoch, district, category LIMIT ?");
    var query = entityManager.createNativeQuery(sql.toString());
    int position = 1;
    query.setParameter(position++, fromHour).setParameter(position++, toHour);
    if (district != null) {
      query.setParameter(position++, district.name());
    }
    if (category != null) {
      query.setParameter(position++, category.name());
    }
    if (after != null) {
      query
          .setParameter(position++, after.hourEpoch())
          .setParameter(position++, after.hourEpoch())
          .setParameter(position++, after.district().name())
          .setParameter(position++, after.category().name());
    }
    query.setParameter(position, limit);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            row ->
                new AreaHour(
                    number(row[0]),
                    District.valueOf((String) row[1]),
                    VenueCategory.valueOf((String) row[2]),
                    tally(row, 3)))
        .toList();
  }

  private static ScanTally tally(Object[] row, int first) {
    return new ScanTally(
        number(row[first]), number(row[first + 1]), number(row[first + 2]), number(row[first + 3]));
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
