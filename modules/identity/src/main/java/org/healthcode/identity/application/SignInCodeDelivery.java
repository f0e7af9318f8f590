package org.healthcode.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.identity.api.SignInCodeQueued;
import org.healthcode.identity.api.SignInCodeSender;
import org.healthcode.identity.domain.PersonalData;
import org.healthcode.identity.domain.SignInCodeOutbox;
import org.healthcode.identity.domain.protection.Masking;
import org.healthcode.platform.cluster.Leases;
import org.healthcode.platform.delivery.Backoff;
import org.healthcode.platform.delivery.DeliveryFailure;
import org.healthcode.platform.jobs.PeriodicJobs;
import org.healthcode.platform.observability.Metrics;
import org.healthcode.platform.security.Caller;
import org.healthcode.platform.security.CallerContext;

/**
 * Sends queued sign-in codes through the {@link SignInCodeSender} (docs/adr/0026). Right after the
 * transaction that queued a code commits, the node that queued it tries it on its executor, so the
 * citizen's request does not wait for the gateway. Every {@code healthcode.sms.sweep-interval} the
 * node holding the lease {@value #LEASE} tries whatever is due: failed attempts after their
 * back-off ({@code healthcode.sms.retry-first}, doubling up to {@code retry-max}), entries whose
 * claim ran out because their node died, entries queued while the gateway was down. After {@code
 * healthcode.sms.max-attempts} attempts, a refusal (4xx) or the code's expiry an entry is failed
 * for good. The log shows the outbox id, the masked phone and the kind of failure, never the code.
 */
@ApplicationScoped
public class SignInCodeDelivery {

  static final String LEASE = "identity-sms-outbox";

  /** Who the outbox is sent as (docs/adr/0044). */
  private static final Caller SYSTEM = Caller.system("sign-in-code-delivery");

  static final int SWEEP_BATCH = 50;

  private static final Logger LOG = Logger.getLogger(SignInCodeDelivery.class.getName());

  @Inject
  @ConfigProperty(name = "healthcode.sms.max-attempts", defaultValue = "5")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "healthcode.sms.retry-first", defaultValue = "PT5S")
  Duration retryFirst;

  @Inject
  @ConfigProperty(name = "healthcode.sms.retry-max", defaultValue = "PT1M")
  Duration retryMax;

  @Inject
  @ConfigProperty(name = "healthcode.sms.sweep-interval", defaultValue = "PT5S")
  Duration sweepInterval;

  @Inject
  @ConfigProperty(name = "healthcode.sms.gateway.connect-timeout", defaultValue = "PT2S")
  Duration connectTimeout;

  @Inject
  @ConfigProperty(name = "healthcode.sms.gateway.request-timeout", defaultValue = "PT5S")
  Duration requestTimeout;

  @Inject
  @ConfigProperty(name = "healthcode.identity.sign-in-code.lifetime", defaultValue = "PT5M")
  Duration codeLifetime;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject PeriodicJobs jobs;

  @Inject SignInCodeSender sender;
  @Inject Metrics metrics;
  @Inject SignInCodeOutbox outbox;
  @Inject PersonalDataProtection protection;
  @Inject Leases leases;

  private final Clock clock = Clock.systemUTC();
  private Metrics.Count codesSent;
  private Metrics.Count codesFailed;

  @PostConstruct
  void registerMetrics() {
    codesSent =
        metrics.counter(
            "healthcode_sign_in_codes", "Sign-in code sending attempts", "result", "sent");
    codesFailed =
        metrics.counter(
            "healthcode_sign_in_codes", "Sign-in code sending attempts", "result", "failed");
  }

  private PeriodicJobs.Schedule sweeping;
  private volatile boolean stopped;

  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) Startup started) {
    sweeping = jobs.every(sweepInterval, () -> CallerContext.run(SYSTEM, this::sweep));
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    stopped = true;
    if (sweeping != null) {
      sweeping.stop();
    }
    leases.release(LEASE);
  }

  /** Right after the code's transaction committed: one attempt, off the request's thread. */
  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignInCodeQueued queued) {
    try {
      executor.execute(() -> CallerContext.run(SYSTEM, () -> deliver(queued.outboxId())));
    } catch (RejectedExecutionException e) {
      LOG.fine("SMS outbox: executor busy; the sweep sends it"); // the sweep picks it up
    }
  }

  /** One round of the sweep, if this node holds the lease; how many entries it tried. */
  public int sweep() {
    if (stopped || !sender.available()) {
      return 0;
    }
    int tried = 0;
    try {
      if (!leases.tryTake(LEASE, leaseDuration())) {
        return 0;
      }
      for (long id : outbox.due(SWEEP_BATCH)) {
        if (stopped) {
          break;
        }
        if (deliver(id) == Outcome.RETRY_LATER) {
          break; // the gateway is down or slow: the rest waits for the next round
        }
        tried++;
      }
      outbox.purge();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "SMS outbox sweep failed; the next round tries again", e);
    }
    return tried;
  }

  enum Outcome {
    SENT,
    RETRY_LATER,
    FAILED,
    NOT_CLAIMED
  }

  /** One attempt at one entry, if this node can claim it. */
  Outcome deliver(long id) {
    Optional<SignInCodeOutbox.Claimed> claim = outbox.claim(id, claimHold());
    if (claim.isEmpty()) {
      return Outcome.NOT_CLAIMED;
    }
    SignInCodeOutbox.Claimed entry = claim.get();
    if (!entry.expiresAt().isAfter(clock.instant())) {
      outbox.attemptFailed(id, "EXPIRED", Optional.empty());
      LOG.warning(() -> "SMS outbox #" + id + ": the code expired before it could be sent");
      return Outcome.FAILED;
    }
    PersonalData data = protection.personalData();
    String[] phoneAndCode = data.outgoingCode(entry.message());
    String masked = Masking.phoneNumber(phoneAndCode[0]);
    Backoff backoff = new Backoff(retryFirst, retryMax, maxAttempts);
    try {
      sender.send(
          new SignInCodeSender.Message(
              id, phoneAndCode[0], phoneAndCode[1], entry.language(), codeLifetime));
    } catch (DeliveryFailure failure) {
      codesFailed.increment();
      boolean again = failure.retryable() && backoff.mayRetry(entry.attempts());
      outbox.attemptFailed(
          id,
          failure.kind(),
          again ? Optional.of(backoff.after(entry.attempts())) : Optional.empty());
      if (again) {
        LOG.info(
            () ->
                "SMS outbox #"
                    + id
                    + " to "
                    + masked
                    + ": attempt "
                    + entry.attempts()
                    + " failed ("
                    + failure.kind()
                    + "), tried again later");
        return Outcome.RETRY_LATER;
      }
      LOG.warning(
          () ->
              "SMS outbox #"
                  + id
                  + " to "
                  + masked
                  + ": failed for good after "
                  + entry.attempts()
                  + " attempt(s) ("
                  + failure.kind()
                  + ")");
      return Outcome.FAILED;
    } catch (RuntimeException e) {
      // a sender of a deployer's that throws something else: counted like an outage
      codesFailed.increment();
      outbox.attemptFailed(
          id,
          "SENDER_ERROR",
          backoff.mayRetry(entry.attempts())
              ? Optional.of(backoff.after(entry.attempts()))
              : Optional.empty());
      LOG.warning(
          () ->
              "SMS outbox #"
                  + id
                  + " to "
                  + masked
                  + ": the sender failed: "
                  + e.getClass().getName());
      return Outcome.RETRY_LATER;
    }
    outbox.sent(id);
    codesSent.increment();
    LOG.fine(() -> "SMS outbox #" + id + " sent to " + masked);
    return Outcome.SENT;
  }

  /** Long enough for one attempt to end: after it another node may take the entry over. */
  private Duration claimHold() {
    return connectTimeout.plus(requestTimeout).plusSeconds(10);
  }

  private Duration leaseDuration() {
    Duration three = sweepInterval.multipliedBy(3);
    return three.compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10) : three;
  }
}
