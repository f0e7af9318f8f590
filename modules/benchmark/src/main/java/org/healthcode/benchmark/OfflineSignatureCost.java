package org.healthcode.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Locale;
import org.healthcode.platform.crypto.Ed25519Keys;
import org.healthcode.platform.crypto.HmacKeys;
import org.healthcode.platform.qr.QrImages;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.code.CodeId;
import org.healthcode.status.domain.code.CodeTokens;
import org.healthcode.status.domain.code.OfflineCode;

/**
 * What the offline signature costs on the server (docs/adr/0032): Ed25519 signing and verifying of
 * a code's S with the JDK's own provider, beside ECDSA P-256 (the other candidate, and what a
 * device signs its offline scans with) and the HMAC token it comes with; and the QR image of T.S. A
 * plain timing loop after warm-up, one thread:
 *
 * <pre>
 * java -cp "modules/benchmark/target/health-code-benchmark.jar:modules/benchmark/target/lib/*" \
 *   org.healthcode.benchmark.OfflineSignatureCost [iterations]</pre>
 */
public final class OfflineSignatureCost {

  private OfflineSignatureCost() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    CodeTokens tokens =
        new CodeTokens(
            HmacKeys.fromConfig(
                "bench", "k1:" + java.util.Base64.getEncoder().encodeToString(new byte[32])));
    Ed25519Keys.Key ed = Ed25519Keys.generate(1);
    String token = tokens.issue(CodeId.random(), Colour.GREEN, Instant.now());
    Instant until = Instant.now().plusSeconds(86_400);
    String text = token + "." + OfflineCode.sign(token, 120000, ed, until);
    OfflineCode parsed = OfflineCode.parse(text).orElseThrow();

    KeyPairGenerator ecGenerator = KeyPairGenerator.getInstance("EC");
    ecGenerator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair ec = ecGenerator.generateKeyPair();
    byte[] message = text.getBytes(StandardCharsets.UTF_8);
    byte[] ecSignature = ecSign(ec, message);

    for (int round = 1; round <= 2; round++) {
      String label = round == 1 ? "warm-up" : "measured";
      report(
          label,
          "HMAC token issue (CodeTokens.issue)",
          n * 5,
          () -> tokens.issue(CodeId.random(), Colour.GREEN, Instant.now()));
      report(
          label,
          "Ed25519 sign S (OfflineCode.sign)",
          n,
          () -> OfflineCode.sign(token, 120000, ed, until));
      report(
          label,
          "Ed25519 verify S (parse + signedBy)",
          n,
          () -> {
            if (!OfflineCode.parse(text).orElseThrow().signedBy(ed.publicKey())) {
              throw new IllegalStateException();
            }
          });
      report(label, "Ed25519 verify S (signedBy only)", n, () -> parsed.signedBy(ed.publicKey()));
      report(
          label, "ECDSA P-256 sign (SHA256withECDSAinP1363Format)", n, () -> ecSign(ec, message));
      report(label, "ECDSA P-256 verify", n, () -> ecVerify(ec, message, ecSignature));
      report(label, "QR PNG of T (59 chars)", n / 10, () -> QrImages.png(token));
      report(label, "QR PNG of T.S (158 chars)", n / 10, () -> QrImages.png(text));
    }
    System.out.printf(
        Locale.ROOT,
        "QR PNG bytes: T %d, T.S %d; SVG chars: T %d, T.S %d%n",
        QrImages.png(token).length,
        QrImages.png(text).length,
        QrImages.svg(token).length(),
        QrImages.svg(text).length());
  }

  private interface Work {
    void run() throws Exception;
  }

  private static void report(String label, String what, int n, Work work) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      work.run();
    }
    double micros = (System.nanoTime() - start) / 1000.0 / n;
    if (label.equals("measured")) {
      System.out.printf(Locale.ROOT, "%-50s %10.2f µs  (%d runs)%n", what, micros, n);
    }
  }

  private static byte[] ecSign(KeyPair key, byte[] message) throws Exception {
    Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
    signer.initSign(key.getPrivate());
    signer.update(message);
    return signer.sign();
  }

  private static void ecVerify(KeyPair key, byte[] message, byte[] signature) throws Exception {
    Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
    verifier.initVerify(key.getPublic());
    verifier.update(message);
    if (!verifier.verify(signature)) {
      throw new IllegalStateException();
    }
  }
}
