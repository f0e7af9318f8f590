package org.healthcode.status.api;

import java.util.Objects;
import org.healthcode.identity.api.PersonId;

/**
 * The answer to a scan of a health code.
 *
 * @param failure why the code was refused, {@code null} when valid
 * @param personId whose code it is, {@code null} when refused
 * @param currentColour the colour now (never the token's, which may be stale); {@code null} when
 *     refused or when the person has no colour yet
 * @param maskedName the holder's name as identity masks it, {@code null} when refused
 */
public record CodeCheck(
    boolean valid,
    CodeFailure failure,
    PersonId personId,
    Colour currentColour,
    String maskedName) {

  public CodeCheck {
    if (valid != (failure == null) || valid != (personId != null)) {
      throw new IllegalArgumentException("a check is valid with a person, or refused with why");
    }
  }

  public static CodeCheck refused(CodeFailure failure) {
    return new CodeCheck(false, Objects.requireNonNull(failure, "failure"), null, null, null);
  }

  public static CodeCheck valid(PersonId personId, Colour currentColour, String maskedName) {
    return new CodeCheck(true, null, personId, currentColour, maskedName);
  }
}
