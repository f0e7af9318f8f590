package org.healthcode.app.it.support;

import static org.healthcode.app.it.support.Citizens.data;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.domain.GateDecision;
import org.healthcode.venue.domain.GatePolicy;

/**
 * A gate that decides offline, written from the contract alone (docs/adr/0032): it downloads {@code
 * offlineBundle} while online, checks the trust list's and the feed's signatures, and then decides
 * on a code's {@code T.S} text with nothing but the published keys and the gate policy. It shares
 * no code with the server's signing, so a format mistake on either side shows.
 */
public final class OfflineGate {

  /** Why an offline gate refuses a code before any policy. */
  public enum Refusal {
    CODE_INVALID,
    ISSUER_UNTRUSTED,
    SIGNATURE_INVALID,
    OFFLINE_EXPIRED,
    CODE_REVOKED
  }

  /** A decision, or the reason the code could not be used. */
  public record Decision(Optional<GateDecision> decision, Optional<Refusal> refusal) {
    public String outcome() {
      return decision
          .map(d -> d.outcome().name())
          .orElseGet(() -> "REFUSED " + refusal.orElseThrow());
    }
  }

  private static final byte[] SPKI_PREFIX = hexBytes("302a300506032b6570032100");
  private static final String OFFLINE_BUNDLE =
      "query($after: String) { offlineBundle(feedAfter: $after) {"
          + " trustList { payload issuer keyNumber signature }"
          + " feed { payload issuer keyNumber signature }"
          + " entryPoint { id label } category freshnessSeconds } }";

  private final String deviceToken;
  private final Map<String, JsonObject> keys = new HashMap<>();
  private final Map<String, JsonObject> latestChange = new HashMap<>();
  private String cursor;
  private VenueCategory category;
  private Instant downloadedAt;
  private long freshnessSeconds;

  public OfflineGate(String deviceToken) {
    this.deviceToken = deviceToken;
  }

  /** Downloads and checks a bundle (the feed after the last cursor); the feed's payload. */
  public JsonObject refresh() {
    JsonObject bundle =
        data(
            Api.graphql(
                OFFLINE_BUNDLE, cursor == null ? Map.of() : Map.of("after", cursor), deviceToken),
            "offlineBundle");
    JsonObject trustList = bundle.getJsonObject("trustList");
    JsonObject trustPayload = json(trustList.getString("payload"));
    Map<String, JsonObject> published = new HashMap<>();
    for (JsonValue value : trustPayload.getJsonArray("keys")) {
      JsonObject key = value.asJsonObject();
      published.put(key.getString("issuer") + "/" + key.getInt("keyNumber"), key);
    }
    // the list must be signed by one of its own (own = true) keys
    JsonObject signer =
        published.get(trustList.getString("issuer") + "/" + trustList.getInt("keyNumber"));
    if (signer == null || !signer.getBoolean("own") || !documentSigned(trustList, signer)) {
      throw new IllegalStateException("the trust list's signature does not verify");
    }
    keys.clear();
    keys.putAll(published);
    JsonObject feed = bundle.getJsonObject("feed");
    JsonObject feedSigner = keys.get(feed.getString("issuer") + "/" + feed.getInt("keyNumber"));
    if (feedSigner == null || !feedSigner.getBoolean("own") || !documentSigned(feed, feedSigner)) {
      throw new IllegalStateException("the feed's signature does not verify");
    }
    JsonObject feedPayload = json(feed.getString("payload"));
    if (feedPayload.isNull("after")) {
      latestChange.clear(); // the full state replaces what the gate held
    }
    for (JsonValue value : feedPayload.getJsonArray("changes")) {
      JsonObject change = value.asJsonObject();
      JsonObject held = latestChange.get(change.getString("codeId"));
      if (held == null
          || held.getJsonNumber("at").longValue() <= change.getJsonNumber("at").longValue()) {
        latestChange.put(change.getString("codeId"), change);
      }
    }
    cursor = feedPayload.getString("endCursor");
    category = VenueCategory.valueOf(bundle.getString("category"));
    freshnessSeconds = bundle.getInt("freshnessSeconds");
    downloadedAt = Instant.now();
    return feedPayload;
  }

  /** Whether the feed now lists the code id of this text. */
  public boolean knowsChangeOf(String qrText) {
    byte[] t = Base64.getUrlDecoder().decode(qrText.substring(0, qrText.indexOf('.')));
    return latestChange.containsKey(codeId(t));
  }

  /** Decides on a QR text with only what was downloaded. */
  public Decision decide(String qrText, BigDecimal temperature, Instant now) {
    int dot = qrText.indexOf('.');
    if (dot != 59 || qrText.length() != 59 + 1 + 98) {
      return refused(Refusal.CODE_INVALID);
    }
    byte[] t = Base64.getUrlDecoder().decode(qrText.substring(0, dot));
    byte[] s = Base64.getUrlDecoder().decode(qrText.substring(dot + 1));
    if (t.length != 44 || s.length != 73 || t[0] != 1) {
      return refused(Refusal.CODE_INVALID);
    }
    ByteBuffer header = ByteBuffer.wrap(s);
    String issuer = Integer.toString(header.getInt(0));
    int keyNumber = s[4] & 0xFF;
    long validUntil = Integer.toUnsignedLong(header.getInt(5));
    JsonObject key = keys.get(issuer + "/" + keyNumber);
    if (key == null || !keyValidAt(key, now)) {
      return refused(Refusal.ISSUER_UNTRUSTED);
    }
    byte[] signed = new byte[6 + 9 + 28];
    System.arraycopy("HCOFF1".getBytes(StandardCharsets.US_ASCII), 0, signed, 0, 6);
    System.arraycopy(s, 0, signed, 6, 9);
    System.arraycopy(t, 0, signed, 15, 28);
    if (!verify(key.getString("publicKey"), signed, Arrays.copyOfRange(s, 9, 73))) {
      return refused(Refusal.SIGNATURE_INVALID);
    }
    if (now.getEpochSecond() >= validUntil) {
      return refused(Refusal.OFFLINE_EXPIRED);
    }
    boolean printed = t[1] == 2;
    long issuedAt = Integer.toUnsignedLong(ByteBuffer.wrap(t).getInt(20));
    Optional<Colour> colour;
    boolean fresh = now.isBefore(downloadedAt.plusSeconds(freshnessSeconds));
    boolean own = key.getBoolean("own");
    JsonObject change = own ? latestChange.get(codeId(t)) : null;
    if (change != null && change.getString("colour").equals("REVOKED")) {
      return refused(Refusal.CODE_REVOKED);
    }
    if (!fresh) {
      colour = Optional.empty(); // a stale bundle knows no colour
    } else if (printed) {
      // docs/adr/0032: a paper code is GREEN unless the feed says otherwise
      colour = change == null ? Optional.of(Colour.GREEN) : colourOf(change);
    } else if (change != null && change.getJsonNumber("at").longValue() >= issuedAt) {
      colour = colourOf(change);
    } else {
      colour =
          Optional.of(
              switch (t[19]) {
                case 1 -> Colour.GREEN;
                case 2 -> Colour.ORANGE;
                default -> Colour.RED;
              });
    }
    GatePolicy policy = new GatePolicy();
    GateDecision decision =
        temperature == null
            ? policy.decideUnmeasured(category, colour)
            : policy.decide(category, colour, temperature);
    return new Decision(Optional.of(decision), Optional.empty());
  }

  private static boolean keyValidAt(JsonObject key, Instant now) {
    return !now.isBefore(Instant.parse(key.getString("validFrom")))
        && (key.isNull("validUntil") || now.isBefore(Instant.parse(key.getString("validUntil"))));
  }

  private static boolean documentSigned(JsonObject document, JsonObject key) {
    return verify(
        key.getString("publicKey"),
        document.getString("payload").getBytes(StandardCharsets.UTF_8),
        Base64.getUrlDecoder().decode(document.getString("signature")));
  }

  /** Ed25519 with the raw 32-byte key as published. */
  public static boolean verify(String rawPublicKey, byte[] data, byte[] signature) {
    byte[] raw = Base64.getUrlDecoder().decode(rawPublicKey);
    byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + raw.length);
    System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, raw.length);
    try {
      PublicKey key =
          KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  public static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static String codeId(byte[] token) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(token, 3, 19));
  }

  private static Decision refused(Refusal refusal) {
    return new Decision(Optional.empty(), Optional.of(refusal));
  }

  private static byte[] hexBytes(String text) {
    byte[] out = new byte[text.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(text.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  /** A feed change's colour; none for NONE (a person with no colour yet: "no code"). */
  private static Optional<Colour> colourOf(JsonObject change) {
    String colour = change.getString("colour");
    return colour.equals("NONE") ? Optional.empty() : Optional.of(Colour.valueOf(colour));
  }
}
