package org.healthcode.status.application.code;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.crypto.Ed25519Keys;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.ContractAccess;
import org.healthcode.status.api.OfflineCodes;
import org.healthcode.status.api.OfflineHolder;
import org.healthcode.status.api.SignedDocument;
import org.healthcode.status.api.StatusErrorCodes;
import org.healthcode.status.domain.code.CodeFeed;
import org.healthcode.status.domain.code.CodeKind;
import org.healthcode.status.domain.code.CodeStore;
import org.healthcode.status.domain.code.FeedChange;
import org.healthcode.status.domain.code.FeedCursor;
import org.healthcode.status.domain.code.FeedPage;
import org.healthcode.status.domain.code.OfflineCode;
import org.healthcode.status.domain.code.StoredCode;
import org.healthcode.status.domain.code.TrustedKey;
import org.healthcode.status.domain.code.VerifiedToken;

/**
 * The offline side of the health code (docs/adr/0032): the signature S on every code the server
 * issues, and the signed trust list and change feed gates download.
 */
@ApplicationScoped
public class OfflineCodeService implements OfflineCodes {

  /** At most this many feed entries per answer; {@code hasMore} tells the gate to ask again. */
  static final int FEED_PAGE = 5000;

  /** An unsigned 32-bit epoch second: a paper code that never expires is offline-valid to 2106. */
  private static final Instant LAST_SECOND = Instant.ofEpochSecond(0xFFFF_FFFFL);

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  // the contract's access rules, as OfflineCodes states them (docs/adr/0044)
  private static final ContractAccess TRUST_LIST =
      ContractAccess.of(OfflineCodes.class, "trustList");
  private static final ContractAccess FEED =
      ContractAccess.of(OfflineCodes.class, "feed", Optional.class);
  private static final ContractAccess HOLDER_OF =
      ContractAccess.of(OfflineCodes.class, "holderOf", String.class, Instant.class, boolean.class);
  private static final ContractAccess FRESHNESS =
      ContractAccess.of(OfflineCodes.class, "freshness");

  @Inject OfflineCodeSettings settings;
  @Inject CodeFeed feed;
  @Inject CodeStore codes;

  Clock clock = Clock.systemUTC();

  /**
   * The text the QR code carries, {@code T.S}: an app code's S holds for the offline validity from
   * its issue, a paper code's until the paper code expires.
   */
  public String qrText(String token, VerifiedToken issued) {
    OfflineCodeSettings.Loaded loaded = settings.loaded();
    Instant validUntil =
        issued.kind() == CodeKind.DYNAMIC
            ? issued.issuedAt().plus(loaded.validity())
            : issued.expiresAt().orElse(LAST_SECOND);
    if (validUntil.isAfter(LAST_SECOND)) {
      validUntil = LAST_SECOND;
    }
    return token
        + "."
        + OfflineCode.sign(token, loaded.issuer(), loaded.keys().signing(), validUntil);
  }

  @Override
  public SignedDocument trustList() {
    TRUST_LIST.check();
    OfflineCodeSettings.Loaded loaded = settings.loaded();
    return signed(loaded, loaded.trustList().payload(clock.instant()));
  }

  @Override
  public SignedDocument feed(Optional<String> afterText) {
    FEED.check();
    OfflineCodeSettings.Loaded loaded = settings.loaded();
    Optional<FeedCursor> after =
        afterText.map(
            text ->
                FeedCursor.parse(text)
                    .orElseThrow(
                        () ->
                            HealthCodeException.badInput("feedAfter: not a cursor of this feed")));
    Instant now = clock.instant();
    Instant settled = now.minus(loaded.feedSettle());
    if (after.isPresent() && after.get().recordedAt().isBefore(now.minus(loaded.feedRetention()))) {
      after = Optional.empty(); // older than the feed keeps: the gate starts again from the state
    }
    FeedPage page;
    if (after.isEmpty()) {
      FeedCursor end = new FeedCursor(settled, 0);
      page =
          new FeedPage(
              loaded.issuer(),
              Optional.empty(),
              end,
              false,
              now,
              feed.currentState(now.minus(loaded.revokedHorizon()), end));
    } else {
      List<FeedChange> changes = feed.after(after.get(), settled, FEED_PAGE + 1);
      boolean more = changes.size() > FEED_PAGE;
      if (more) {
        changes = changes.subList(0, FEED_PAGE);
      }
      FeedCursor end = changes.isEmpty() ? after.get() : changes.get(changes.size() - 1).position();
      page = new FeedPage(loaded.issuer(), after, end, more, now, changes);
    }
    return signed(loaded, page.payload());
  }

  /**
   * Drops one batch of feed entries older than the retention; how many (the status jobs' round).
   */
  public int purgeFeed() {
    OfflineCodeSettings.Loaded loaded = settings.loaded();
    return feed.purge(clock.instant().minus(loaded.feedRetention()), FEED_PAGE);
  }

  @Override
  public OfflineHolder holderOf(String codeText, Instant at, boolean withinValidity) {
    HOLDER_OF.check();
    OfflineCodeSettings.Loaded loaded = settings.loaded();
    OfflineCode code =
        OfflineCode.parse(codeText)
            .orElseThrow(() -> refused(StatusErrorCodes.TOKEN_INVALID, "not a health code"));
    TrustedKey key =
        loaded
            .trustList()
            .find(code.issuer(), code.keyNumber())
            .orElseThrow(
                () ->
                    refused(
                        StatusErrorCodes.ISSUER_UNTRUSTED,
                        "the code's issuer or key is not on the trust list"));
    if (!key.validAt(at)) {
      throw refused(
          StatusErrorCodes.ISSUER_KEY_EXPIRED, "the issuer's key is not valid at this time");
    }
    if (!code.signedBy(key.key())) {
      throw refused(StatusErrorCodes.TOKEN_INVALID, "the code's signature does not verify");
    }
    if (withinValidity && !code.offlineValidAt(at)) {
      throw refused(StatusErrorCodes.TOKEN_EXPIRED, "the code's offline validity has passed");
    }
    Optional<PersonId> person = Optional.empty();
    if (key.own()) {
      StoredCode stored =
          codes
              .find(code.codeId())
              .filter(found -> found.kind() == code.kind())
              .orElseThrow(() -> refused(StatusErrorCodes.TOKEN_INVALID, "no such code here"));
      person = Optional.of(new PersonId(stored.personId()));
    }
    return new OfflineHolder(
        code.issuer(),
        code.codeId().toString(),
        person,
        code.colourAtIssue(),
        code.kind() == CodeKind.PRINTED,
        key.own());
  }

  private static HealthCodeException refused(String errorCode, String message) {
    return new HealthCodeException(errorCode, "The health code cannot be used: " + message);
  }

  @Override
  public Duration freshness() {
    FRESHNESS.check();
    return settings.loaded().freshness();
  }

  private static SignedDocument signed(OfflineCodeSettings.Loaded loaded, String payload) {
    Ed25519Keys.Key key = loaded.keys().signing();
    byte[] signature = key.sign(payload.getBytes(StandardCharsets.UTF_8));
    return new SignedDocument(
        payload,
        Integer.toString(loaded.issuer()),
        key.number(),
        ENCODER.encodeToString(signature));
  }
}
