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
import org.healthcode.identity.api.PersonId;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.EntryPointId;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;
import org.healthcode.venue.domain.DocumentHash;
import org.healthcode.venue.domain.GateDecision;
import org.healthcode.venue.domain.RecordedScan;
import org.healthcode.venue.domain.ScanId;
import org.healthcode.venue.domain.ScanRepository;
import org.healthcode.venue.domain.VisitorRef;

/**
 * Scans in venue_check_in, insert-first as {@link ScanRepository} requires: INSERT IGNORE on the
 * unique (entry_point_id, scan_id), then a locking read, which sees the committed row that won even
 * in a transaction whose snapshot is older.
 */
@ApplicationScoped
public class JpaScanRepository implements ScanRepository {

  private static final String COLUMNS =
      "entry_point_id, scan_id, person_id, document_hash, scanned_at, outcome, reason, colour,"
          + " temperature, fever, message";

  @PersistenceContext(unitName = "venue")
  EntityManager entityManager;

  @Override
  public RecordedScan recordOnce(RecordedScan scan) {
    GateDecision decision = scan.decision();
    Long personId = scan.visitor() instanceof VisitorRef.Person p ? p.id().value() : null;
    byte[] documentHash =
        scan.visitor() instanceof VisitorRef.Document d ? d.hash().toBytes() : null;
    int inserted =
        entityManager
            .createNativeQuery(
                "INSERT IGNORE INTO venue_check_in ("
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .setParameter(1, scan.entryPoint().value())
            .setParameter(2, scan.scanId().value())
            .setParameter(3, personId)
            .setParameter(4, documentHash)
            .setParameter(5, Timestamp.from(scan.at()))
            .setParameter(6, decision.outcome().name())
            .setParameter(7, decision.reason().name())
            .setParameter(8, decision.colour().map(Enum::name).orElse(null))
            .setParameter(9, decision.temperature())
            .setParameter(10, decision.fever())
            .setParameter(11, decision.message())
            .executeUpdate();
    if (inserted == 1) {
      // this scan is the first under its key: the row is exactly what was just written
      return scan;
    }
    return find(scan.entryPoint(), scan.scanId())
        .orElseThrow(() -> new IllegalStateException("scan " + scan.scanId() + " not recorded"));
  }

  @Override
  public Optional<RecordedScan> find(EntryPointId entryPoint, ScanId scanId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM venue_check_in WHERE entry_point_id = ? AND scan_id = ?"
                    + " LOCK IN SHARE MODE")
            .setParameter(1, entryPoint.value())
            .setParameter(2, scanId.value())
            .getResultList();
    return rows.stream().findFirst().map(row -> toScan(entryPoint, scanId, row));
  }

  private static RecordedScan toScan(EntryPointId entryPoint, ScanId scanId, Object[] row) {
    VisitorRef visitor =
        row[2] != null
            ? VisitorRef.person(new PersonId(((Number) row[2]).longValue()))
            : VisitorRef.document(DocumentHash.of((byte[]) row[3]));
    GateDecision decision =
        new GateDecision(
            GateOutcome.valueOf((String) row[5]),
            GateReason.valueOf((String) row[6]),
            Optional.ofNullable((String) row[7]).map(Colour::valueOf),
            ((BigDecimal) row[8])
                .stripTrailingZeros()
                .setScale(Math.max(1, ((BigDecimal) row[8]).stripTrailingZeros().scale())),
            toBoolean(row[9]),
            (String) row[10]);
    return new RecordedScan(entryPoint, scanId, visitor, toInstant(row[4]), decision);
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
