package org.healthcode.venue.api;

/**
 * An entry point of a venue (a gate, a counter, one bus or taxi), as other modules refer to one.
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
