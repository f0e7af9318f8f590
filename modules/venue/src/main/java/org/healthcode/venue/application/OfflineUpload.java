package org.healthcode.venue.application;

import java.util.List;

/**
 * What an upload of offline scans did (docs/adr/0033).
 *
 * @param accepted newly recorded
 * @param duplicates recorded before under the same scan id, with the same content
 * @param refused the scans not recorded, each with a stable code
 */
public record OfflineUpload(int accepted, int duplicates, List<Refusal> refused) {

  /** A scan that was not recorded, and why. */
  public record Refusal(String scanId, String code) {}
}
