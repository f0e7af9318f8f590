package org.healthcode.platform.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Durations in configuration are ISO-8601 ({@code PT5M}, {@code P28D}). */
public final class ConfiguredDuration {

  private ConfiguredDuration() {}

  /** The duration, or an exception naming the setting. */
  public static Duration parse(String name, String value) {
    try {
      return Duration.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not an ISO-8601 duration: " + value, e);
    }
  }
}
