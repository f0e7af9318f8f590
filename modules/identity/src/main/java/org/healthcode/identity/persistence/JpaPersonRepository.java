package org.healthcode.identity.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.identity.domain.Consent;
import org.healthcode.identity.domain.Person;
import org.healthcode.identity.domain.PersonRepository;
import org.healthcode.platform.database.JdbcReads;

/**
 * Registered persons and their consents in JPA (identity_person, identity_consent), with the reads
 * of the hot paths in plain JDBC.
 */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

  @PersistenceContext(unitName = "identity")
  EntityManager entityManager;

  @Resource(lookup = "jdbc/healthcode")
  DataSource dataSource;

  @Override
  public Optional<Person> find(long id) {
    return Optional.ofNullable(entityManager.find(Person.class, id));
  }

  /**
   * In plain JDBC on the transaction's connection: asked on every scan that misses the masked-name
   * cache, and the scan then opens no identity Hibernate session (docs/adr/0014). Persons are
   * flushed when added ({@link #add}), so a person registered in the same transaction is seen.
   */
  @Override
  public Optional<SealedSummary> findSummary(long id) {
    return JdbcReads.first(
        dataSource,
        "SELECT name_encrypted, home_district FROM identity_person WHERE id = ?",
        statement -> statement.setLong(1, id),
        row -> new SealedSummary(row.getBytes(1), HomeDistrict.valueOf(row.getString(2))),
        "person " + id);
  }

  /**
   * Whether the person was registered at a service counter and no account holds them (neither as
   * its own person nor as a current dependent): the people counter staff act for (ADR 34). One
   * indexed read in plain JDBC, like the account's {@code holds}.
   */
  @Override
  public boolean heldAtCounter(long personId) {
    return JdbcReads.first(
            dataSource,
            "SELECT 1 FROM identity_person p WHERE p.id = ? AND p.counter_registered_by IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM identity_account a WHERE a.self_person_id = p.id)"
                + " AND NOT EXISTS (SELECT 1 FROM identity_dependent_link l"
                + " WHERE l.current_person_id = p.id)",
            statement -> statement.setLong(1, personId),
            row -> Boolean.TRUE,
            "person " + personId)
        .orElse(false);
  }

  @Override
  public List<Person> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery("SELECT p FROM Person p WHERE p.id IN :ids ORDER BY p.id", Person.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public Optional<Person> findByDocumentHash(byte[] documentHash) {
    return entityManager
        .createQuery("SELECT p FROM Person p WHERE p.documentHash = :hash", Person.class)
        .setParameter("hash", documentHash)
        .getResultStream()
        .findFirst();
  }

  /**
   * Stores a new person. The unique index on the document hash has the last word: a concurrent
   * registration of the same document fails here, as DOCUMENT_ALREADY_REGISTERED.
   */
  @Override
  public Person add(Person person) {
    try {
      entityManager.persist(person);
      entityManager.flush();
      return person;
    } catch (PersistenceException e) {
      throw PersonRepository.alreadyRegistered();
    }
  }

  @Override
  public Consent addConsent(Consent consent) {
    entityManager.persist(consent);
    return consent;
  }

  @Override
  public boolean hasConsent(long personId, String noticeVersion) {
    return !entityManager
        .createQuery(
            "SELECT c.id FROM Consent c WHERE c.personId = :person AND c.noticeVersion = :version",
            Long.class)
        .setParameter("person", personId)
        .setParameter("version", noticeVersion)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Consent> consentsOf(Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery(
            "SELECT c FROM Consent c WHERE c.personId IN :persons ORDER BY c.id", Consent.class)
        .setParameter("persons", personIds)
        .getResultList();
  }
}
