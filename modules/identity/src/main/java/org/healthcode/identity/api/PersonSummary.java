package org.healthcode.identity.api;

/**
 * What other modules may know of a person: never the plain name or document.
 *
 * @param maskedName the name as {@code Masking.name} shows it, e.g. {@code 张*明}
 * @param homeDistrict the district, or {@link HomeDistrict#VISITOR}
 */
public record PersonSummary(PersonId id, String maskedName, HomeDistrict homeDistrict) {

  public boolean resident() {
    return homeDistrict.isResident();
  }
}
