package org.healthcode.platform.security;

import java.util.Set;

/**
 * Who is making the current request, as the verified token says.
 *
 * @param subject the token subject: {@code citizen:<account id>}, {@code staff:<username>} or
 *     {@code device:<credential id>}; empty for an anonymous caller; {@code system:<job>} for the
 *     application's own background work, which no token can be
 * @param roles the roles the token grants
 */
public record Caller(String subject, Set<Role> roles) {

  private static final Caller ANONYMOUS = new Caller("", Set.of());

  public Caller {
    roles = Set.copyOf(roles);
  }

  public static Caller anonymous() {
    return ANONYMOUS;
  }

  /**
   * The application's own background work named {@code job} (say {@code contact-tracing}), with the
   * role {@link Role#SYSTEM} that no token carries: jobs run {@link CallerContext#as} it, so the
   * module contracts' access rules hold for them and the audit names the job (docs/adr/0044).
   */
  public static Caller system(String job) {
    if (job == null || job.isBlank()) {
      throw new IllegalArgumentException("a system caller is named after its job");
    }
    return new Caller(SubjectKind.SYSTEM.subject(job), Set.of(Role.SYSTEM));
  }

  public boolean isAnonymous() {
    return subject.isEmpty();
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /**
   * The id after the subject's kind, e.g. {@code 42} for {@code citizen:42}; empty if another kind.
   */
  public String idOf(SubjectKind kind) {
    String prefix = kind.prefix();
    return subject.startsWith(prefix) ? subject.substring(prefix.length()) : "";
  }
}
