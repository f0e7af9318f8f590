package org.healthcode.identity.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.Relationship;
import org.healthcode.platform.error.HealthCodeException;

/**
 * A citizen's account: one per phone number, holding its own person ("self", once registered) and
 * at most {@value #MAX_DEPENDENTS} dependents it applies for (DESIGN §2, proxy applications).
 */
@Entity
@Table(name = "identity_account")
public class Account {

  public static final int MAX_DEPENDENTS = 4;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "phone_hash", nullable = false, updatable = false)
  private byte[] phoneHash;

  @Column(name = "phone_encrypted", nullable = false)
  private byte[] phoneEncrypted;

  @Column(name = "self_person_id")
  private Long selfPersonId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  @OrderBy("id")
  private List<DependentLink> links = new ArrayList<>();

  protected Account() {}

  public Account(byte[] phoneHash, byte[] phoneEncrypted, Instant createdAt) {
    this.phoneHash = phoneHash.clone();
    this.phoneEncrypted = phoneEncrypted.clone();
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public byte[] phoneEncrypted() {
    return phoneEncrypted.clone();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Long> selfPersonId() {
    return Optional.ofNullable(selfPersonId);
  }

  /** An account registers its own person once; a second person would be someone else. */
  public void registerSelf(long personId) {
    if (selfPersonId != null) {
      throw HealthCodeException.badInput("This account's own person is already registered");
    }
    selfPersonId = personId;
  }

  /** Takes over a person as this account's self (a dependent claiming their own account). */
  public void claimAsSelf(long personId) {
    registerSelf(personId);
  }

  /** Refuses a dependent beyond the limit, counting only links that have not ended. */
  public DependentLink addDependent(long personId, Relationship relationship, Instant now) {
    requireRoomForDependent();
    DependentLink link = new DependentLink(personId, relationship, now);
    links.add(link);
    return link;
  }

  public void requireRoomForDependent() {
    if (currentDependents().size() >= MAX_DEPENDENTS) {
      throw new HealthCodeException(
          IdentityErrorCodes.TOO_MANY_DEPENDENTS,
          "An account may apply for at most " + MAX_DEPENDENTS + " dependents");
    }
  }

  /** The dependents the account applies for now, oldest first. */
  public List<DependentLink> currentDependents() {
    return links.stream().filter(DependentLink::isCurrent).toList();
  }

  /** Every link the account ever had, ended ones included (for "everything held about me"). */
  public List<DependentLink> allLinks() {
    return List.copyOf(links);
  }

  /** Whether the account may act for the person: its self or a current dependent. */
  public boolean holds(long personId) {
    return (selfPersonId != null && selfPersonId == personId)
        || currentDependents().stream().anyMatch(link -> link.personId() == personId);
  }
}
