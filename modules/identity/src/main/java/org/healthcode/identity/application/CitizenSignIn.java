package org.healthcode.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.identity.api.SignInCodeSender;
import org.healthcode.identity.domain.Account;
import org.healthcode.identity.domain.PersonalData;
import org.healthcode.identity.domain.PhoneNumber;
import org.healthcode.identity.domain.SignInCode;
import org.healthcode.identity.domain.SignInCodeRateLimit;
import org.healthcode.identity.persistence.AccountRepository;
import org.healthcode.identity.persistence.SignInCodeRepository;
import org.healthcode.platform.config.RuntimeMode;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.observability.Metrics;
import org.healthcode.platform.security.IssuedToken;
import org.healthcode.platform.security.Role;
import org.healthcode.platform.security.SubjectKind;
import org.healthcode.platform.security.TokenIssuer;

/** Citizens sign in with their phone number and a one-time code (DESIGN §2). */
@ApplicationScoped
public class CitizenSignIn {

  @Inject Metrics metrics;

  private Metrics.Count codesSent;
  private Metrics.Count codesFailed;

  @PostConstruct
  void registerMetrics() {
    codesSent =
        metrics.counter(
            "healthcode_sign_in_codes", "Sign-in codes handed to the sender", "result", "sent");
    codesFailed =
        metrics.counter(
            "healthcode_sign_in_codes", "Sign-in codes handed to the sender", "result", "failed");
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int SALT_BYTES = 16;

  @Inject
  @ConfigProperty(name = "healthcode.identity.sign-in-code.lifetime", defaultValue = "PT5M")
  Duration codeLifetime;

  @Inject
  @ConfigProperty(name = "healthcode.identity.sign-in-code.per-window", defaultValue = "3")
  int codesPerWindow;

  @Inject
  @ConfigProperty(name = "healthcode.identity.sign-in-code.window", defaultValue = "PT15M")
  Duration window;

  @Inject
  @ConfigProperty(name = "healthcode.identity.sign-in-code.per-day", defaultValue = "10")
  int codesPerDay;

  @Inject PersonalDataProtection protection;
  @Inject SignInCodeRepository codes;
  @Inject AccountRepository accounts;
  @Inject SignInCodeSender sender;
  @Inject DevelopmentSignInCodeSender developmentSender;
  @Inject TokenIssuer tokenIssuer;
  @Inject RuntimeMode mode;

  private final Clock clock = Clock.systemUTC();

  /**
   * Sends a new code to the phone, unless the phone had too many lately (TOO_MANY_REQUESTS).
   *
   * @return when the code expires
   */
  @Transactional
  public Instant requestCode(String phoneText) {
    PhoneNumber phone = PhoneNumber.parse(phoneText);
    PersonalData data = protection.personalData();
    byte[] phoneHash = data.phoneHash(phone);
    Instant now = clock.instant();
    SignInCodeRateLimit limit = new SignInCodeRateLimit(codesPerWindow, window, codesPerDay);
    codes.lockPhone(phoneHash);
    limit.requireAllowed(
        codes.countSince(phoneHash, limit.windowStart(now)),
        codes.countSince(phoneHash, limit.dayStart(now)));
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    SignInCode stored =
        new SignInCode(phoneHash, salt, data.signInCodeHash(salt, code), now, codeLifetime);
    codes.add(stored);
    try {
      sender.send(phone.value(), code);
      codesSent.increment();
    } catch (RuntimeException e) {
      codesFailed.increment();
      throw e;
    }
    return stored.expiresAt();
  }

  /**
   * Signs in with the phone's latest code and returns a CITIZEN token; the first sign-in creates
   * the account. A wrong guess is counted even though the call fails, hence no rollback for
   * refusals.
   */
  @Transactional(dontRollbackOn = HealthCodeException.class)
  public IssuedToken signIn(String phoneText, String code) {
    PhoneNumber phone = PhoneNumber.parse(phoneText);
    if (code == null || !code.strip().matches("[0-9]{6}")) {
      throw HealthCodeException.badInput("code: expected the 6 digits that were sent");
    }
    PersonalData data = protection.personalData();
    byte[] phoneHash = data.phoneHash(phone);
    Instant now = clock.instant();
    SignInCode latest = codes.latestForUpdate(phoneHash).orElseThrow(SignInCode::invalid);
    latest.use(data.signInCodeHash(latest.salt(), code.strip()), now);
    Account account =
        accounts
            .findByPhoneHash(phoneHash)
            .orElseGet(() -> accounts.add(new Account(phoneHash, data.sealPhone(phone), now)));
    String subject = SubjectKind.CITIZEN.subject(account.id().toString());
    return tokenIssuer.issue(subject, Set.of(Role.CITIZEN), Map.of());
  }

  /** The latest code sent to the phone, in development mode only (NOT_FOUND otherwise). */
  public String developmentCode(String phoneText) {
    if (!mode.isDevelopment()) {
      throw HealthCodeException.notFound("There is no such query on this server");
    }
    PhoneNumber phone = PhoneNumber.parse(phoneText);
    return developmentSender
        .latestCode(phone.value())
        .orElseThrow(() -> HealthCodeException.notFound("No code was sent to this phone"));
  }
}
