package org.healthcode.declaration.api;

/**
 * Where the person is now: a district of the city and an address there, or, when {@code district}
 * is null, somewhere outside the city (someone declaring before arriving), described by the
 * address.
 */
public record CurrentLocation(District district, String address) {

  public static CurrentLocation inCity(District district, String address) {
    return new CurrentLocation(district, address);
  }

  public static CurrentLocation outsideCity(String address) {
    return new CurrentLocation(null, address);
  }

  public boolean isInCity() {
    return district != null;
  }
}
