package org.healthcode.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.identity.domain.IdentityErrorCodes;
import org.healthcode.identity.domain.staff.PasswordHasher;
import org.healthcode.identity.domain.staff.SignInBackOff;
import org.healthcode.identity.domain.staff.StaffAccount;
import org.healthcode.identity.domain.staff.StaffAccountRepository;
import org.healthcode.identity.domain.staff.StaffAccountRules;
import org.healthcode.identity.domain.staff.StaffAccountSummary;
import org.healthcode.identity.domain.staff.StaffSignIn;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.healthcode.platform.security.SubjectKind;
import org.healthcode.platform.security.TokenIssuer;
import org.healthcode.platform.security.TokenRevocations;

/** Staff sign-in and the administration of staff accounts (DESIGN §1, §2). */
@ApplicationScoped
public class StaffAccounts {

  /** Failures older than this no longer count towards a back-off (ADR 19). */
  static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);

  static final String SUBJECT_TYPE = "STAFF_ACCOUNT";

  /** Usernames longer than any valid one are still counted, cut to the column's width. */
  private static final int MAX_RECORDED_USERNAME = 100;

  @Inject StaffAccountRepository repository;

  @Inject TokenIssuer tokenIssuer;

  @Inject CallerContext callerContext;

  @Inject AuditLog auditLog;

  @Inject TokenRevocations revocations;

  @Inject
  @ConfigProperty(
      name = "healthcode.identity.password-iterations",
      defaultValue = "" + PasswordHasher.DEFAULT_ITERATIONS)
  int iterations;

  private final Clock clock = Clock.systemUTC();
  private PasswordHasher hasher;

  @PostConstruct
  void createHasher() {
    if (iterations < PasswordHasher.DEFAULT_ITERATIONS) {
      throw new IllegalStateException(
          "healthcode.identity.password-iterations is "
              + iterations
              + "; at least "
              + PasswordHasher.DEFAULT_ITERATIONS
              + " are required");
    }
    hasher = new PasswordHasher(iterations);
  }

  /**
   * Checks a username and password and issues a token with the account's roles. Every refusal is
   * INVALID_CREDENTIALS, whatever the reason, and costs the same hashing time. Failed sign-ins slow
   * the caller down rather than lock the account (ADR 19): after a few failures for the username
   * ({@link SignInBackOff#PER_USERNAME}) or from the client address ({@link
   * SignInBackOff#PER_ADDRESS}) within {@link #THROTTLE_WINDOW}, the next attempt must wait a
   * doubling delay; one made earlier is SIGN_IN_DELAYED with {@code retryAfterSeconds}, without a
   * password check. Failures are stored even though the sign-in throws, so every node counts them.
   */
  @Transactional(dontRollbackOn = HealthCodeException.class)
  public StaffSignIn signIn(String username, String password) {
    String key = normalise(username);
    String address = callerContext.clientAddress();
    Instant now = clock.instant();
    Instant since = now.minus(THROTTLE_WINDOW);
    StaffAccountRepository.Failures ofUsername = repository.failuresOfUsername(key, since);
    StaffAccountRepository.Failures fromAddress = repository.failuresFromAddress(address, since);
    Optional<Duration> wait =
        later(
            SignInBackOff.PER_USERNAME.remaining(ofUsername.count(), ofUsername.last(), now),
            SignInBackOff.PER_ADDRESS.remaining(fromAddress.count(), fromAddress.last(), now));
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      throw new HealthCodeException(
              IdentityErrorCodes.SIGN_IN_DELAYED,
              "Too many failed sign-ins lately; try again in " + seconds + " seconds")
          .retryAfter(seconds);
    }
    String given = password == null ? "" : password;
    StaffAccount account = repository.find(key).orElse(null);
    boolean valid;
    if (account == null
        || given.isEmpty()
        || given.length() > StaffAccountRules.MAX_PASSWORD_LENGTH) {
      hasher.spendTime("not a password");
      valid = false;
    } else {
      valid = hasher.matches(given, account.passwordHash()) && account.enabled();
    }
    if (!valid) {
      repository.forgetFailures(key, address, since);
      // the wait runs from the answer, not from the start of the slow password check
      repository.recordFailure(key, address, clock.instant());
      throw new HealthCodeException(
          IdentityErrorCodes.INVALID_CREDENTIALS, "Unknown username or wrong password");
    }
    repository.forgetAllFailures(key);
    if (hasher.isOutdated(account.passwordHash())) {
      account.rehash(hasher.hash(given));
    }
    Set<Role> roles = account.roles();
    return new StaffSignIn(
        tokenIssuer.issue(SubjectKind.STAFF.subject(account.username()), roles, Map.of()), roles);
  }

  /** ADMIN only: a new enabled account, after the rules of {@link StaffAccountRules}. */
  @Transactional
  public StaffAccountSummary create(String username, String password, Set<Role> roles) {
    Caller admin = callerContext.requireAnyOf(Role.ADMIN);
    StaffAccountRules.checkUsername(username);
    StaffAccountRules.checkPassword(password, username);
    StaffAccountRules.checkRoles(roles);
    if (repository.find(username).isPresent()) {
      throw HealthCodeException.badInput("username: already taken");
    }
    StaffAccount account =
        new StaffAccount(username, hasher.hash(password), roles, clock.instant(), admin.subject());
    repository.add(account);
    auditLog.record("STAFF_ACCOUNT_CREATED", SUBJECT_TYPE, username, "roles " + rolesText(roles));
    return StaffAccountSummary.of(account);
  }

  /**
   * ADMIN only: the account can no longer sign in, and the tokens it holds are refused from now on,
   * on every node (ADR 19).
   */
  @Transactional
  public StaffAccountSummary disable(String username, String reason) {
    Caller admin = callerContext.requireAnyOf(Role.ADMIN);
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw HealthCodeException.badInput("reason: 1 to 500 characters");
    }
    if (admin.idOf(SubjectKind.STAFF).equals(username)) {
      throw HealthCodeException.badInput("username: an administrator cannot disable themselves");
    }
    StaffAccount account =
        repository
            .find(username)
            .orElseThrow(() -> HealthCodeException.notFound("No such staff account"));
    if (account.enabled()) {
      account.disable(clock.instant(), admin.subject());
      revocations.revoke(SubjectKind.STAFF.subject(account.username()), admin.subject());
      auditLog.record("STAFF_ACCOUNT_DISABLED", SUBJECT_TYPE, username, reason.strip());
    }
    return StaffAccountSummary.of(account);
  }

  /** ADMIN only: accounts in username order after the given one; null for the first page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StaffAccountSummary> page(String afterUsername, int limit) {
    callerContext.requireAnyOf(Role.ADMIN);
    return repository.page(afterUsername, limit).stream().map(StaffAccountSummary::of).toList();
  }

  /**
   * Creates the first ADMIN unless one exists. Two nodes starting together may both try: the unique
   * username lets one win, and the loser's failure is reported as "not created".
   *
   * @return true if this call created the account
   */
  @Transactional
  public boolean createFirstAdmin(String username, String password) {
    StaffAccountRules.checkUsername(username);
    StaffAccountRules.checkPassword(password, username);
    if (repository.anyAdmin()) {
      return false;
    }
    repository.add(
        new StaffAccount(
            username, hasher.hash(password), Set.of(Role.ADMIN), clock.instant(), "bootstrap"));
    auditLog.record(
        "STAFF_ACCOUNT_CREATED",
        SUBJECT_TYPE,
        username,
        "roles ADMIN; first admin from configuration");
    return true;
  }

  /** Whether any ADMIN account exists. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean anyAdmin() {
    return repository.anyAdmin();
  }

  private static Optional<Duration> later(Optional<Duration> one, Optional<Duration> other) {
    if (one.isEmpty()) {
      return other;
    }
    return other.filter(wait -> wait.compareTo(one.get()) > 0).or(() -> one);
  }

  private static String normalise(String username) {
    String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return key.length() > MAX_RECORDED_USERNAME ? key.substring(0, MAX_RECORDED_USERNAME) : key;
  }

  private static String rolesText(Set<Role> roles) {
    return String.join(",", roles.stream().map(Role::name).sorted().toList());
  }
}
