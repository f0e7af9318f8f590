package org.healthcode.declaration.api;

import java.time.LocalDate;

/**
 * Contact with a confirmed or suspected case in the last 14 days; {@code lastContact} is the day of
 * the last contact, and absent (null) exactly when the kind is {@link CaseContactKind#NONE}.
 */
public record CaseContact(CaseContactKind kind, LocalDate lastContact) {

  public static CaseContact none() {
    return new CaseContact(CaseContactKind.NONE, null);
  }

  public static CaseContact with(CaseContactKind kind, LocalDate lastContact) {
    return new CaseContact(kind, lastContact);
  }
}
