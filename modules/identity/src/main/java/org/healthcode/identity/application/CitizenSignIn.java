package org.healthcode.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.identity.api.SignInCodeQueued;
import org.healthcode.identity.api.SignInCodeSender;
import org.healthcode.identity.domain.Account;
import org.healthcode.identity.domain.AccountRepository;
import org.healthcode.identity.domain.IdentityErrorCodes;
import org.healthcode.identity.domain.PersonalData;
import org.healthcode.identity.domain.PhoneNumber;
import org.healthcode.identity.domain.SignInCode;
import org.healthcode.identity.domain.SignInCodeOutbox;
import org.healthcode.identity.domain.SignInCodeRateLimit;
import org.healthcode.identity.domain.SignInCodeRepository;
import org.healthcode.platform.config.RuntimeMode;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.i18n.Language;
import org.healthcode.platform.security.IssuedToken;
import org.healthcode.platform.security.Role;
import org.healthcode.platform.security.SubjectKind;
import org.healthcode.platform.security.TokenIssuer;

/** Citizens sign in with their phone number and a one-time code (DESIGN §2). */
@ApplicationScoped
public class CitizenSignIn {

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
  @Inject SignInCodeOutbox outbox;
  @Inject Event<SignInCodeQueued> codeQueued;
  @Inject TokenIssuer tokenIssuer;
  @Inject RuntimeMode mode;

  private final Clock clock = Clock.systemUTC();

  /**
   * Sends a new code to the phone, unless the phone had too many lately (TOO_MANY_REQUESTS): the
   * code is queued in the SMS outbox in this transaction and sent after it commits
   * (SignInCodeDelivery), so a code is sent only if it was stored, and still sent after a restart.
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
    if (mode.isDevelopment()) {
      developmentSender.record(phone.value(), code);
    }
    if (sender.available()) {
      long queued =
          outbox.add(
              data.sealOutgoingCode(phone.value(), code), Language.current(), stored.expiresAt());
      codeQueued.fire(new SignInCodeQueued(queued));
    } else if (!mode.isDevelopment()) {
      throw new HealthCodeException(
          IdentityErrorCodes.SIGN_IN_UNAVAILABLE, "Sign-in codes cannot be sent at the moment");
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
