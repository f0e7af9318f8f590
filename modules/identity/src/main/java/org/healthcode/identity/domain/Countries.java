package org.healthcode.identity.domain;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The 249 officially assigned ISO 3166-1 country codes, alpha-3 and numeric. The data is {@code
 * iso3166-1.tsv} beside this class; its header names the source.
 */
public final class Countries {

  private Countries() {}

  /** Whether the text is an assigned alpha-3 code, upper case as the standard writes it. */
  public static boolean isAlpha3(String code) {
    return code != null && Table.ALPHA3.contains(code);
  }

  /** Whether the three digits are an assigned numeric code, e.g. "156" for China. */
  public static boolean isNumeric(String code) {
    return code != null && Table.NUMERIC.contains(code);
  }

  /** Loaded on first use; the JVM's class initialisation makes that thread-safe. */
  private static final class Table {
    private static final Set<String> ALPHA3 = column(0);
    private static final Set<String> NUMERIC = column(1);

    private static Set<String> column(int index) {
      return TsvResource.read("iso3166-1.tsv").stream()
          .map(row -> row[index])
          .collect(Collectors.toUnmodifiableSet());
    }
  }
}
