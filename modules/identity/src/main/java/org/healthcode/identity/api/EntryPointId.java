package org.healthcode.identity.api;

/**
 * An entry point of a venue (a gate, a counter, one bus or taxi), as modules refer to one. Venue
 * owns entry points; the type is here because identity's device credentials are issued for one, and
 * venue depends on identity, not the other way round.
 */
public record EntryPointId(long value) {

  public EntryPointId {
    if (value <= 0) {
      throw new IllegalArgumentException("an entry point id is positive, got " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
