package org.healthcode.identity.domain.staff;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Role;

/** What a staff account must satisfy before it is stored (DESIGN §1 duty separation). */
public final class StaffAccountRules {

  public static final int MIN_PASSWORD_LENGTH = 12;

  /** PBKDF2 hashes any length; the cap only keeps a request from making it hash megabytes. */
  public static final int MAX_PASSWORD_LENGTH = 200;

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9.-]{3,40}");

  private static final Set<Role> HEALTH_ROLES =
      EnumSet.of(Role.REVIEWER, Role.SUPERVISOR, Role.ANALYST, Role.AUDITOR);

  private StaffAccountRules() {}

  /** Lower-case letters, digits, dot and dash, 3 to 40 characters. */
  public static void checkUsername(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw HealthCodeException.badInput(
          "username: 3 to 40 characters, lower-case letters, digits, '.' and '-' only");
    }
  }

  /** At least 12 characters (at most 200) and not the username itself. */
  public static void checkPassword(String password, String username) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw HealthCodeException.badInput(
          "password: at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (password.length() > MAX_PASSWORD_LENGTH) {
      throw HealthCodeException.badInput(
          "password: at most " + MAX_PASSWORD_LENGTH + " characters");
    }
    if (password.equalsIgnoreCase(username)) {
      throw HealthCodeException.badInput("password: must not be the username");
    }
  }

  /**
   * At least one staff role; COUNTER alone (a service counter's staff declare for the people they
   * register and reach nothing else); VENUE_OPERATOR alone (a venue's account reaches nothing of
   * the health authority's, and the authority's staff run no venue); ADMIN never with a health role
   * (an admin cannot reach health data); never REVIEWER with SUPERVISOR (no one both proposes and
   * approves a colour change).
   */
  public static void checkRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw HealthCodeException.badInput("roles: at least one staff role");
    }
    for (Role role : roles) {
      if (!role.isStaff()) {
        throw HealthCodeException.badInput("roles: " + role + " is not a staff role");
      }
    }
    if (roles.contains(Role.COUNTER) && roles.size() > 1) {
      throw HealthCodeException.badInput(
          "roles: COUNTER is a service counter's account and holds no other role");
    }
    if (roles.contains(Role.VENUE_OPERATOR) && roles.size() > 1) {
      throw HealthCodeException.badInput(
          "roles: VENUE_OPERATOR is a venue's account and holds no other role");
    }
    if (roles.contains(Role.ADMIN) && roles.stream().anyMatch(HEALTH_ROLES::contains)) {
      throw HealthCodeException.badInput(
          "roles: ADMIN cannot be combined with REVIEWER, SUPERVISOR, ANALYST or AUDITOR,"
              + " because administrators must not reach health data");
    }
    if (roles.contains(Role.REVIEWER) && roles.contains(Role.SUPERVISOR)) {
      throw HealthCodeException.badInput(
          "roles: REVIEWER and SUPERVISOR cannot be held together, because no one may both"
              + " propose and approve a colour change");
    }
  }
}
