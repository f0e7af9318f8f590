package org.healthcode.platform.security;

/** Who may do what (DESIGN §1). A token carries its holder's roles as the JWT "groups" claim. */
public enum Role {
  /** A person with an account: self and dependents only. */
  CITIZEN,
  /** Staff of a registered venue: own venues only. */
  VENUE_OPERATOR,
  /** An entry-point device: scans for exactly its own entry point. */
  SCANNER,
  /** Health-authority staff: review queue, proposals, cases. */
  REVIEWER,
  /** Senior health-authority staff: approves what someone else proposed; risk areas and rules. */
  SUPERVISOR,
  /** Statistics staff: aggregate counts only, never a person. */
  ANALYST,
  /** Oversight: the audit log and nothing else. */
  AUDITOR,
  /** Platform operators: staff accounts and roles, no health data. */
  ADMIN;

  /** The roles a staff member may hold (as opposed to citizens and devices). */
  public boolean isStaff() {
    return this == REVIEWER
        || this == SUPERVISOR
        || this == ANALYST
        || this == AUDITOR
        || this == ADMIN;
  }
}
