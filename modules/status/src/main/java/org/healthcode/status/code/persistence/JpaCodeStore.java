package org.healthcode.status.code.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.healthcode.platform.database.JdbcReads;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.code.CodeId;
import org.healthcode.status.domain.code.CodeKind;
import org.healthcode.status.domain.code.CodeStore;
import org.healthcode.status.domain.code.CurrentCode;
import org.healthcode.status.domain.code.StoredCode;

/**
 * The code ids in status_code, through plain SQL on the status unit: a code id is a BINARY(16) key,
 * and every operation here is a single statement by primary or unique key.
 */
@ApplicationScoped
public class JpaCodeStore implements CodeStore {

  @PersistenceContext(unitName = "status")
  EntityManager entityManager;

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  @Inject JpaCodeFeed feed;

  /**
   * The scan's read (docs/adr/0011), in plain JDBC on the transaction's connection so that a scan
   * opens no status Hibernate session (docs/adr/0014).
   */
  @Override
  public Optional<StoredCode> find(CodeId codeId) {
    return JdbcReads.first(
        dataSource,
        "SELECT c.person_id, c.kind, c.revoked_at IS NOT NULL, h.colour FROM status_code c"
            + " LEFT JOIN status_health_code h ON h.person_id = c.person_id WHERE c.code_id = ?",
        statement -> statement.setBytes(1, bytes(codeId)),
        row ->
            new StoredCode(
                codeId,
                row.getLong(1),
                CodeKind.valueOf(row.getString(2)),
                row.getBoolean(3),
                Optional.ofNullable(row.getString(4)).map(Colour::valueOf)),
        "code " + codeId);
  }

  /** The code issue's read, in plain JDBC like {@link #find} (docs/adr/0015). */
  @Override
  public Optional<CurrentCode> current(long personId, CodeKind kind) {
    return JdbcReads.first(
        dataSource,
        "SELECT h.colour, c.code_id FROM status_health_code h"
            + " LEFT JOIN status_code c ON c.active_person = h.person_id AND c.kind = ?"
            + " WHERE h.person_id = ?",
        statement -> {
          statement.setString(1, kind.name());
          statement.setLong(2, personId);
        },
        row ->
            new CurrentCode(
                Colour.valueOf(row.getString(1)),
                Optional.ofNullable(row.getBytes(2)).map(JpaCodeStore::codeId)),
        "the code of person " + personId);
  }

  /** Its own transaction when called without one: the first use of an app code writes. */
  @Override
  @Transactional
  public CodeId activeCode(long personId, CodeKind kind, Instant now) {
    Optional<CodeId> active = active(personId, kind);
    if (active.isPresent()) {
      return active.get();
    }
    // a concurrent first use may win the unique key; then both take the winner's id
    CodeId created = CodeId.random();
    int inserted =
        entityManager
            .createNativeQuery(
                "INSERT IGNORE INTO status_code (code_id, person_id, kind, created_at)"
                    + " VALUES (?1, ?2, ?3, ?4)")
            .setParameter(1, bytes(created))
            .setParameter(2, personId)
            .setParameter(3, kind.name())
            .setParameter(4, Timestamp.from(now))
            .executeUpdate();
    if (inserted == 1) {
      feed.created(created, personId, now);
    }
    return active(personId, kind)
        .orElseThrow(() -> new IllegalStateException("no active code after creating one"));
  }

  @Override
  public boolean revoke(long personId, CodeKind kind, Instant at, String by) {
    feed.revoking(personId, kind.name(), at);
    return entityManager
            .createNativeQuery(
                "UPDATE status_code SET revoked_at = ?1, revoked_by = ?2"
                    + " WHERE active_person = ?3 AND kind = ?4")
            .setParameter(1, Timestamp.from(at))
            .setParameter(2, by)
            .setParameter(3, personId)
            .setParameter(4, kind.name())
            .executeUpdate()
        > 0;
  }

  private Optional<CodeId> active(long personId, CodeKind kind) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT code_id FROM status_code WHERE active_person = ?1 AND kind = ?2")
            .setParameter(1, personId)
            .setParameter(2, kind.name())
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(codeId((byte[]) rows.get(0)));
  }

  static byte[] bytes(CodeId codeId) {
    return ByteBuffer.allocate(16).putLong(codeId.high()).putLong(codeId.low()).array();
  }

  static CodeId codeId(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new CodeId(buffer.getLong(), buffer.getLong());
  }
}
