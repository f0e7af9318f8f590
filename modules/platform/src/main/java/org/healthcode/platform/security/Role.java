package org.healthcode.platform.security;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

/** Who may do what (DESIGN §1). A token carries its holder's roles as the JWT "groups" claim. */
@Description("Who may do what (DESIGN §1); a token carries its holder's roles.")
public enum Role {
  /** A person with an account: self and dependents only. */
  @Description("A person with an account: self and dependents only.")
  CITIZEN,
  /** Staff of a registered venue: own venues only. */
  @Description("Staff of a registered venue: own venues only.")
  VENUE_OPERATOR,
  /** An entry-point device: scans for exactly its own entry point. */
  @Description("An entry-point device: scans for exactly its own entry point.")
  SCANNER,
  /** Health-authority staff: review queue, proposals, cases. */
  @Description("Health-authority staff: review queue, proposals, cases.")
  REVIEWER,
  /** Senior health-authority staff: approves what someone else proposed; risk areas and rules. */
  @Description(
      "Senior health-authority staff: approves what someone else proposed; risk areas and rules.")
  SUPERVISOR,
  /** Statistics staff: aggregate counts only, never a person. */
  @Description("Statistics staff: aggregate counts only, never a person.")
  ANALYST,
  /** Oversight: the audit log and nothing else. */
  @Description("Oversight: the audit log and nothing else.")
  AUDITOR,
  /**
   * Staff of a community service counter: registers people with no phone, records their consent on
   * paper, declares for them and prints their paper codes (docs/adr/0034).
   */
  @Description(
      "Staff of a community service counter: registers people with no phone, records their"
          + " consent on paper, declares for them and prints their paper codes.")
  COUNTER,
  /** Platform operators: staff accounts and roles, no health data. */
  @Description("Platform operators: staff accounts and roles, no health data.")
  ADMIN,
  /**
   * Background work of the application itself (a job, an outbox consumer), as {@link
   * Caller#system}: never carried by a token, never issued (TokenIssuer refuses it, BearerTokens
   * drops it) and not in the GraphQL schema (docs/adr/0044).
   */
  @Ignore
  SYSTEM;

  /**
   * The roles a staff account (username and password) may hold, as opposed to citizens and devices:
   * a venue's operators and the health authority's and platform's staff.
   */
  public boolean isStaff() {
    return this == VENUE_OPERATOR
        || this == REVIEWER
        || this == SUPERVISOR
        || this == ANALYST
        || this == AUDITOR
        || this == COUNTER
        || this == ADMIN;
  }
}
