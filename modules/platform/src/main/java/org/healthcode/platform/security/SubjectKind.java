package org.healthcode.platform.security;

/** The kinds of token subject, each with its prefix in the {@code sub} claim. */
public enum SubjectKind {
  CITIZEN("citizen:"),
  STAFF("staff:"),
  DEVICE("device:"),
  /** The application's own background work ({@link Caller#system}); never a token's subject. */
  SYSTEM("system:");

  private final String prefix;

  SubjectKind(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  public String subject(String id) {
    return prefix + id;
  }
}
