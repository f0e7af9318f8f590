package org.healthcode.status.api;

import java.util.Objects;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;

/**
 * Whose code a gate read, from its {@code T.S} text verified against the trust list
 * (docs/adr/0032).
 *
 * @param issuer the issuing city's division code
 * @param codeId the code id, 22 characters base64url
 * @param person the person here, for this city's own codes; empty for another city's
 * @param colourAtIssue the colour T carries; empty for a paper code
 * @param own whether this city issued it
 */
public record OfflineHolder(
    int issuer,
    String codeId,
    Optional<PersonId> person,
    Optional<Colour> colourAtIssue,
    boolean printed,
    boolean own) {

  public OfflineHolder {
    Objects.requireNonNull(codeId, "codeId");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(colourAtIssue, "colourAtIssue");
  }
}
