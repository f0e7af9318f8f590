package org.healthcode.status.api;

import java.util.Objects;
import org.healthcode.identity.api.PersonId;

/**
 * The answer to a scan of a health code.
 *
 * @param failure why the code was refused, {@code null} when valid
 * @param personId whose code it is, {@code null} when refused or another city's code
 * @param currentColour the colour now (never the token's, which may be stale); {@code null} when
 *     refused or when the person has no colour yet; for another city's code the colour its token
 *     carries (docs/adr/0032), {@code null} for its paper code
 * @param foreignCode another city's code verified against the trust list, {@code null} otherwise
 */
public record CodeCheck(
    boolean valid,
    CodeFailure failure,
    PersonId personId,
    Colour currentColour,
    OfflineHolder foreignCode) {

  public CodeCheck {
    if (valid != (failure == null)
        || (valid && (personId == null) == (foreignCode == null))
        || (!valid && (personId != null || foreignCode != null))) {
      throw new IllegalArgumentException(
          "a check is valid with a person or a foreign code, or refused with why");
    }
  }

  public static CodeCheck refused(CodeFailure failure) {
    return new CodeCheck(false, Objects.requireNonNull(failure, "failure"), null, null, null);
  }

  public static CodeCheck valid(PersonId personId, Colour currentColour) {
    return new CodeCheck(true, null, personId, currentColour, null);
  }

  /** Another city's code: the colour its token carries, no person here. */
  public static CodeCheck foreign(OfflineHolder holder) {
    return new CodeCheck(
        true, null, null, holder.colourAtIssue().orElse(null), Objects.requireNonNull(holder));
  }
}
