package org.healthcode.app.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.healthcode.identity.api.EntryPointId;
import org.healthcode.platform.crypto.HmacKeys;
import org.healthcode.status.domain.code.CodeTokens;
import org.healthcode.status.domain.code.VerifiedToken;
import org.healthcode.venue.domain.code.VenueCodes;

/**
 * Genuine codes from another time, signed with the development keys the test server uses: a
 * person's code replayed after its expiry, a venue code photographed an hour ago.
 */
public final class SignedCodes {

  private SignedCodes() {}

  /** The same code id and colour as {@code appToken}, issued {@code secondsAgo} ago. */
  public static String issuedAgo(String appToken, long secondsAgo) {
    CodeTokens tokens = new CodeTokens(keys("/META-INF/healthcode/dev-status-code-keys.txt"));
    VerifiedToken genuine = (VerifiedToken) tokens.verify(appToken, Instant.now());
    return tokens.issue(
        genuine.codeId(),
        genuine.colourAtIssue().orElseThrow(),
        Instant.now().minusSeconds(secondsAgo));
  }

  /** The entry point's venue code as the server issued it at {@code at} (10-minute rotation). */
  public static String venueCodeAt(String entryPoint, Instant at) {
    return new VenueCodes(keys("/META-INF/healthcode/dev-venue-code-keys.txt"))
        .issue(new EntryPointId(Long.parseLong(entryPoint)), at);
  }

  private static HmacKeys keys(String resource) {
    try (InputStream in = SignedCodes.class.getResourceAsStream(resource)) {
      return HmacKeys.fromConfig(
          "test", new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
