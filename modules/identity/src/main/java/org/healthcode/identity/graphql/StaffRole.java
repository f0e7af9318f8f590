package org.healthcode.identity.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.healthcode.platform.security.Role;

@Enum("StaffRole")
@Description(
    "A role a staff account may hold (DESIGN §1). VENUE_OPERATOR and COUNTER go with no other role, ADMIN"
        + " with no health role, and REVIEWER never with SUPERVISOR.")
public enum StaffRole {
  @Description(
      "Staff of a registered venue: registers venues and entry points, issues device"
          + " credentials, records manual passes, sees its own venues' statistics.")
  VENUE_OPERATOR(Role.VENUE_OPERATOR),
  @Description("Works the manual review queue, proposes manual colour changes, records cases.")
  REVIEWER(Role.REVIEWER),
  @Description("Approves or rejects what someone else proposed; manages risk areas and rules.")
  SUPERVISOR(Role.SUPERVISOR),
  @Description("Reads aggregate counts only, never a single person.")
  ANALYST(Role.ANALYST),
  @Description("Reads the audit log, nothing else.")
  AUDITOR(Role.AUDITOR),
  @Description(
      "Staff of a community service counter: registers people with no phone, records consent"
          + " given on paper, declares for them and prints and revokes their paper codes.")
  COUNTER(Role.COUNTER),
  @Description("Administers staff accounts and roles; no health data.")
  ADMIN(Role.ADMIN);

  private final Role role;

  StaffRole(Role role) {
    this.role = role;
  }

  Role role() {
    return role;
  }

  /**
   * The staff role for a role a staff account holds. Exhaustive: a new role does not compile until
   * it is mapped here or named as no staff role.
   */
  static StaffRole of(Role role) {
    return switch (role) {
      case VENUE_OPERATOR -> VENUE_OPERATOR;
      case REVIEWER -> REVIEWER;
      case SUPERVISOR -> SUPERVISOR;
      case ANALYST -> ANALYST;
      case AUDITOR -> AUDITOR;
      case COUNTER -> COUNTER;
      case ADMIN -> ADMIN;
      case CITIZEN, SCANNER, SYSTEM ->
          throw new IllegalArgumentException("not a staff role: " + role);
    };
  }
}
