package org.healthcode.status.application.code;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.healthcode.identity.api.IdentityFacade;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.audit.AuditLog;
import org.healthcode.platform.database.DatabaseFaults;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.observability.Metrics;
import org.healthcode.platform.qr.QrFormat;
import org.healthcode.platform.qr.QrImages;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;
import org.healthcode.platform.security.Role;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.code.CodeId;
import org.healthcode.status.domain.code.CodeKind;
import org.healthcode.status.domain.code.CodeStore;
import org.healthcode.status.domain.code.CurrentCode;
import org.healthcode.status.domain.code.TokenCheck;
import org.healthcode.status.domain.code.VerifiedToken;

/**
 * The codes a citizen gets for themselves and their dependents (DESIGN §4). An app code reuses the
 * person's code id (created on first use) and signs a fresh token: no write after the first time,
 * images only when asked for.
 */
@ApplicationScoped
public class CodeService {

  private static final String PERSON = "person";

  @Inject CallerContext callers;
  @Inject IdentityFacade identity;
  @Inject CodeStore codes;
  @Inject CodeSettings settings;
  @Inject OfflineCodeService offline;
  @Inject AuditLog auditLog;
  @Inject Metrics metrics;
  @Inject LastIssuedCodes lastCodes;

  private Metrics.Count issued;
  private Metrics.Count lastKnownServed;

  @PostConstruct
  void registerMetrics() {
    issued = metrics.counter("healthcode_code_issues", "App health codes issued (healthCodeQr)");
    lastKnownServed =
        metrics.counter(
            "healthcode_code_last_known_served",
            "Last known app codes served while the database could not be reached (ADR 35)");
  }

  Clock clock = Clock.systemUTC();

  /**
   * No transaction around it: one read of the colour and code id, and a write (in a transaction of
   * its own) only on the code id's first use (docs/adr/0015). While the database cannot be reached,
   * the last code this node issued to the caller for the person, as long as it is valid, marked as
   * the last known one (docs/adr/0035); without one DATABASE_UNAVAILABLE.
   */
  public AppCode appCode(PersonId personId, QrFormat format) {
    Caller caller = callers.requireAnyOf(Role.CITIZEN);
    try {
      AppCode code = freshAppCode(personId, format);
      lastCodes.remember(caller.subject(), code, clock.instant());
      return code;
    } catch (RuntimeException e) {
      if (!DatabaseFaults.isOutage(e)) {
        throw e; // a conflict among them: retried around this method
      }
      AppCode last =
          lastCodes
              .lastValid(caller.subject(), personId.value(), clock.instant())
              .orElseThrow(() -> DatabaseFaults.unavailable(e));
      lastKnownServed.increment();
      return new AppCode(
          last.personId(),
          last.token(),
          last.qrText(),
          last.colour(),
          last.issuedAt(),
          last.expiresAt(),
          format == QrFormat.PNG ? png(last.qrText()) : null,
          format == QrFormat.SVG ? QrImages.svg(last.qrText()) : null,
          true);
    }
  }

  private AppCode freshAppCode(PersonId personId, QrFormat format) {
    requireActingFor(personId);
    Optional<CurrentCode> current = codes.current(personId.value(), CodeKind.DYNAMIC);
    if (current.isEmpty()) {
      return new AppCode(personId.value(), null, null, null, null, null, null, null, false);
    }
    Instant now = clock.instant();
    Colour colour = current.get().colour();
    CodeId codeId =
        current
            .get()
            .activeCode()
            .orElseGet(() -> codes.activeCode(personId.value(), CodeKind.DYNAMIC, now));
    String token = settings.tokens().issue(codeId, colour, now);
    this.issued.increment();
    VerifiedToken issued = issued(token, now);
    String qrText = offline.qrText(token, issued);
    return new AppCode(
        personId.value(),
        token,
        qrText,
        colour,
        issued.issuedAt(),
        issued.expiresAt().orElseThrow(),
        format == QrFormat.PNG ? png(qrText) : null,
        format == QrFormat.SVG ? QrImages.svg(qrText) : null,
        false);
  }

  /** A paper code for the person: their active printed code id (new after a revocation). */
  @Transactional
  public PaperCode printPaperCode(PersonId personId) {
    Caller caller = requireActingFor(personId, Role.CITIZEN, Role.COUNTER);
    Instant now = clock.instant();
    CodeId codeId = codes.activeCode(personId.value(), CodeKind.PRINTED, now);
    String token = settings.tokens().issuePrinted(codeId, now);
    VerifiedToken issued = issued(token, now);
    String qrText = offline.qrText(token, issued);
    auditLog.record("PAPER_CODE_PRINTED", PERSON, personId.toString(), caller.subject());
    return new PaperCode(
        personId.value(),
        token,
        qrText,
        issued.issuedAt(),
        issued.expiresAt().orElse(null),
        png(qrText),
        QrImages.svg(qrText));
  }

  /**
   * Revokes the person's paper code: every paper printed with it stops verifying at once.
   *
   * @return whether there was one
   */
  @Transactional
  public boolean revokePaperCode(PersonId personId) {
    Caller caller = requireActingFor(personId, Role.CITIZEN, Role.COUNTER);
    boolean revoked =
        codes.revoke(personId.value(), CodeKind.PRINTED, clock.instant(), caller.subject());
    if (revoked) {
      auditLog.record("PAPER_CODE_REVOKED", PERSON, personId.toString(), caller.subject());
    }
    return revoked;
  }

  /** NOT_FOUND for anyone else's person, as identity's {@code person} answers. */
  private Caller requireActingFor(PersonId personId) {
    return requireActingFor(personId, Role.CITIZEN);
  }

  /** Counter staff act for people registered at a counter whom no account holds (ADR 34). */
  private Caller requireActingFor(PersonId personId, Role... roles) {
    Caller caller = callers.requireAnyOf(roles);
    if (!identity.mayActFor(caller, personId)) {
      throw HealthCodeException.notFound("No such person on this account");
    }
    return caller;
  }

  /** The times as the token carries them (whole seconds). */
  private VerifiedToken issued(String token, Instant now) {
    TokenCheck check = settings.tokens().verify(token, now);
    if (!(check instanceof VerifiedToken verified)) {
      throw new IllegalStateException("a token just issued does not verify: " + check);
    }
    return verified;
  }

  private static String png(String text) {
    return Base64.getEncoder().encodeToString(QrImages.png(text));
  }
}
