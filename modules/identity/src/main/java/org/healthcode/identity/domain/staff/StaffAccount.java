package org.healthcode.identity.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthcode.platform.security.Role;

/** A staff member's account: who they are, how they prove it, what they may do. */
@Entity
@Table(name = "identity_staff_account")
public class StaffAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private String roles;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "disabled_at")
  private Instant disabledAt;

  @Column(name = "disabled_by")
  private String disabledBy;

  protected StaffAccount() {}

  /** A new enabled account; the caller has checked the rules of {@link StaffAccountRules}. */
  public StaffAccount(
      String username, String passwordHash, Set<Role> roles, Instant createdAt, String createdBy) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    this.enabled = true;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    Set<Role> result = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(result::add);
    return result;
  }

  public boolean enabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public void disable(Instant at, String by) {
    enabled = false;
    disabledAt = at;
    disabledBy = by;
  }

  /** Replaces the hash with one made under the current parameters, same password. */
  public void rehash(String newPasswordHash) {
    passwordHash = newPasswordHash;
  }
}
