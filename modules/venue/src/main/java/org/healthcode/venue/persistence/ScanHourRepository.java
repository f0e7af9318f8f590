package org.healthcode.venue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.domain.AreaHour;
import org.healthcode.venue.domain.ScanTally;
import org.healthcode.venue.domain.VenueHour;

/**
 * The hourly scan counts per venue (venue_scan_hour), added to in each scan's own transaction: one
 * row a venue and hour, so that gates of different venues never wait for one another.
 */
@ApplicationScoped
public class ScanHourRepository {

  @PersistenceContext(unitName = "venue")
  EntityManager entityManager;

  /** Adds one scan to its venue's hour. */
  public void add(
      long venueId, HomeDistrict district, VenueCategory category, long hourEpoch, ScanTally scan) {
    entityManager
        .createNativeQuery(
            "INSERT INTO venue_scan_hour (venue_id, hour_epoch, district, category, scans,"
                + " admits, denials, referrals) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE scans = scans + VALUES(scans),"
                + " admits = admits + VALUES(admits), denials = denials + VALUES(denials),"
                + " referrals = referrals + VALUES(referrals)")
        .setParameter(1, venueId)
        .setParameter(2, hourEpoch)
        .setParameter(3, district.name())
        .setParameter(4, category.name())
        .setParameter(5, scan.scans())
        .setParameter(6, scan.admits())
        .setParameter(7, scan.denials())
        .setParameter(8, scan.referrals())
        .executeUpdate();
  }

  /** A venue's hours in {@code [fromHour, toHour)} after {@code afterHour}, oldest first. */
  public List<VenueHour> venueHours(
      long venueId, long fromHour, long toHour, long afterHour, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT hour_epoch, scans, admits, denials, referrals FROM venue_scan_hour"
                    + " WHERE venue_id = ? AND hour_epoch >= ? AND hour_epoch < ?"
                    + " AND hour_epoch > ? ORDER BY hour_epoch LIMIT ?")
            .setParameter(1, venueId)
            .setParameter(2, fromHour)
            .setParameter(3, toHour)
            .setParameter(4, afterHour)
            .setParameter(5, limit)
            .getResultList();
    return rows.stream().map(row -> new VenueHour(venueId, number(row[0]), tally(row, 1))).toList();
  }

  /**
   * The sums by hour, district and category in {@code [fromHour, toHour)}, optionally of one
   * district or category, ordered by hour, district, category, starting after the given key.
   */
  public List<AreaHour> areaHours(
      long fromHour,
      long toHour,
      HomeDistrict district,
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
    sql.append(" GROUP BY hour_epoch, district, category");
    if (after != null) {
      sql.append(" HAVING (hour_epoch, district, category) > (?, ?, ?)");
    }
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
                    HomeDistrict.valueOf((String) row[1]),
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
