package org.healthcode.identity.domain;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The GB/T 2260 administrative division codes of China (province, prefecture and county levels),
 * current and historical, since an ID card keeps the code of the place it was first issued. The
 * data is {@code gbt2260.tsv} beside this class; its header names the sources.
 */
public final class AdministrativeDivisions {

  private AdministrativeDivisions() {}

  /** Whether the six digits are a known division code. */
  public static boolean isKnown(String sixDigits) {
    return sixDigits != null && Table.NAMES.containsKey(sixDigits);
  }

  /** The Chinese name of a division, e.g. "和平区" for 120101. */
  public static Optional<String> name(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(Table.NAMES.get(code));
  }

  /** Loaded on first use; the JVM's class initialisation makes that thread-safe. */
  private static final class Table {
    private static final Map<String, String> NAMES =
        TsvResource.read("gbt2260.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row[1]));
  }
}
