package org.healthcode.venue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.healthcode.declaration.api.District;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.CheckInMethod;
import org.healthcode.venue.api.CheckInRecord;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.domain.CheckInDay;
import org.healthcode.venue.domain.DocumentHash;
import org.healthcode.venue.domain.ExposureInterval;
import org.healthcode.venue.domain.GateDecision;
import org.healthcode.venue.domain.RecordedCheckIns;
import org.healthcode.venue.domain.RecordedScan;
import org.healthcode.venue.domain.ScanId;
import org.healthcode.venue.domain.ScanRepository;
import org.healthcode.venue.domain.Visit;
import org.healthcode.venue.domain.VisitorRef;

/**
 * Check-ins in venue_check_in in native SQL: scans recorded insert-first as {@link ScanRepository}
 * requires ({@link InsertFirst}): INSERT IGNORE on the unique (entry_point_id, scan_id); only when
 * it inserted nothing, a locking read, which sees the committed row that won even in a transaction
 * whose snapshot is older.
 */
@ApplicationScoped
public class NativeSqlScanRepository implements InsertFirst, RecordedCheckIns {

  private static final String COLUMNS =
      "entry_point_id, scan_id, person_id, document_hash, scanned_at, outcome, reason, colour,"
          + " temperature, fever, message, method";

  private static final int COLUMN_COUNT = COLUMNS.split(",").length;

  /** The row under a key, read with a shared lock: it sees the committed row that won. */
  static final String FIND_LOCKING =
      "SELECT "
          + COLUMNS
          + " FROM venue_check_in WHERE entry_point_id = ? AND scan_id = ?"
          + " LOCK IN SHARE MODE";

  /**
   * Whether the key is recorded on a given day, with a shared lock: the unique key holds within a
   * day's partition only (docs/adr/0042), so a repetition just after midnight looks here.
   */
  static final String ON_DAY_LOCKING =
      "SELECT 1 FROM venue_check_in WHERE entry_point_id = ? AND scan_id = ? AND scan_day = ?"
          + " LOCK IN SHARE MODE";

  @PersistenceContext(unitName = "venue")
  EntityManager entityManager;

  @Override
  public boolean insertIfNew(RecordedScan scan) {
    if (CheckInDay.mayRepeatThePreviousDay(scan.at())
        && !entityManager
            .createNativeQuery(ON_DAY_LOCKING)
            .setParameter(1, scan.entryPoint().value())
            .setParameter(2, scan.scanId().value())
            .setParameter(3, CheckInDay.of(scan.at()).previous().epochDay())
            .getResultList()
            .isEmpty()) {
      return false;
    }
    return SqlRows.bind(entityManager.createNativeQuery(insertIgnore(1)), values(scan))
            .executeUpdate()
        == 1;
  }

  @Override
  public Optional<RecordedScan> find(EntryPointId entryPoint, ScanId scanId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(FIND_LOCKING)
            .setParameter(1, entryPoint.value())
            .setParameter(2, scanId.value())
            .getResultList();
    return rows.stream().findFirst().map(row -> toScan(entryPoint, scanId, row));
  }

  /** {@code INSERT IGNORE} of {@code rows} check-ins, bound with {@link #values} row by row. */
  static String insertIgnore(int rows) {
    return "INSERT IGNORE INTO venue_check_in ("
        + COLUMNS
        + ") VALUES "
        + SqlRows.placeholders(rows, COLUMN_COUNT);
  }

  /** The values of one check-in row, in the order of {@link #COLUMNS}. */
  static Object[] values(RecordedScan scan) {
    GateDecision decision = scan.decision();
    return new Object[] {
      scan.entryPoint().value(),
      scan.scanId().value(),
      scan.visitor() instanceof VisitorRef.Person p ? p.id().value() : null,
      scan.visitor() instanceof VisitorRef.Document d ? d.hash().toBytes() : null,
      Timestamp.from(scan.at()),
      decision.outcome().name(),
      decision.reason().name(),
      decision.colour().map(Enum::name).orElse(null),
      decision.temperature(),
      decision.fever(),
      decision.message(),
      scan.method().name()
    };
  }

  static RecordedScan toScan(EntryPointId entryPoint, ScanId scanId, Object[] row) {
    VisitorRef visitor = visitor(row[2], row[3]);
    GateDecision decision =
        new GateDecision(
            GateOutcome.valueOf((String) row[5]),
            GateReason.valueOf((String) row[6]),
            Optional.ofNullable((String) row[7]).map(Colour::valueOf),
            row[8] == null ? null : oneDecimalAtLeast((BigDecimal) row[8]),
            toBoolean(row[9]),
            (String) row[10]);
    return new RecordedScan(
        entryPoint,
        scanId,
        visitor,
        toInstant(row[4]),
        decision,
        CheckInMethod.valueOf((String) row[11]));
  }

  @Override
  public List<CheckInRecord> checkInsOf(PersonId person, long beforeId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT c.id, c.scanned_at, v.name, e.label, v.category, v.district, c.method,"
                    + " c.outcome, c.reason, c.colour, c.temperature FROM venue_check_in c"
                    + " JOIN venue_entry_point e ON e.id = c.entry_point_id"
                    + " JOIN venue_venue v ON v.id = e.venue_id"
                    + " WHERE c.person_id = ? AND c.id < ? ORDER BY c.id DESC LIMIT ?")
            .setParameter(1, person.value())
            .setParameter(2, beforeId)
            .setParameter(3, limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new CheckInRecord(
                    ((Number) row[0]).longValue(),
                    toInstant(row[1]),
                    (String) row[2],
                    (String) row[3],
                    VenueCategory.valueOf((String) row[4]),
                    District.valueOf((String) row[5]),
                    CheckInMethod.valueOf((String) row[6]),
                    GateOutcome.valueOf((String) row[7]),
                    GateReason.valueOf((String) row[8]),
                    row[9] == null ? null : Colour.valueOf((String) row[9]),
                    row[10] == null ? null : oneDecimalAtLeast((BigDecimal) row[10])))
        .toList();
  }

  @Override
  public List<Visit> visitsOf(PersonId person, Instant since) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT entry_point_id, person_id, document_hash, scanned_at FROM venue_check_in"
                    + " WHERE person_id = ? AND scanned_at >= ? ORDER BY scanned_at")
            .setParameter(1, person.value())
            .setParameter(2, Timestamp.from(since))
            .getResultList();
    return rows.stream().map(NativeSqlScanRepository::toVisit).toList();
  }

  @Override
  public List<Visit> visitsIn(ExposureInterval interval) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT entry_point_id, person_id, document_hash, scanned_at FROM venue_check_in"
                    + " WHERE entry_point_id = ? AND scanned_at BETWEEN ? AND ?")
            .setParameter(1, interval.entryPoint().value())
            .setParameter(2, Timestamp.from(interval.from()))
            .setParameter(3, Timestamp.from(interval.to()))
            .getResultList();
    return rows.stream().map(NativeSqlScanRepository::toVisit).toList();
  }

  /**
   * The day prunes the partitions to the oldest ones, the time walks the index on scanned_at
   * instead of the whole partition.
   */
  @Override
  public int deleteDaysBefore(CheckInDay firstKept, int limit) {
    return entityManager
        .createNativeQuery(
            "DELETE FROM venue_check_in WHERE scan_day < ? AND scanned_at < ? LIMIT ?")
        .setParameter(1, firstKept.epochDay())
        .setParameter(2, Timestamp.from(firstKept.start()))
        .setParameter(3, limit)
        .executeUpdate();
  }

  private static Visit toVisit(Object[] row) {
    return new Visit(
        new EntryPointId(((Number) row[0]).longValue()),
        visitor(row[1], row[2]),
        toInstant(row[3]));
  }

  private static VisitorRef visitor(Object personId, Object documentHash) {
    return personId != null
        ? VisitorRef.person(new PersonId(((Number) personId).longValue()))
        : VisitorRef.document(DocumentHash.of((byte[]) documentHash));
  }

  /** As the gate policy writes a temperature: {@code 37.00} is read back as {@code 37.0}. */
  private static BigDecimal oneDecimalAtLeast(BigDecimal stored) {
    BigDecimal stripped = stored.stripTrailingZeros();
    return stripped.setScale(Math.max(1, stripped.scale()));
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    return Timestamp.valueOf((LocalDateTime) value).toInstant();
  }

  private static boolean toBoolean(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
