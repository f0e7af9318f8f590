package org.healthcode.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.platform.http.ClientAddress;
import org.healthcode.platform.http.RateLimits;
import org.healthcode.platform.http.RateLimits.Limit;
import org.healthcode.platform.http.TrustedProxies;

/**
 * Limits on sign-in code requests beyond the per-phone limit (docs/adr/0026), against SMS pumping:
 * one client address walking through thousands of phone numbers, each of which is under its own
 * limit, makes the city pay for thousands of messages. Two token buckets per node, checked before
 * anything is stored or sent: one per client address ({@code address-limit} per {@code
 * address-period}) and one for everyone ({@code global-limit} per {@code global-period}), the
 * node's share of the city's SMS budget. Both answer RATE_LIMITED with the seconds to wait.
 * Addresses in {@code address-limit-exempt} (e.g. a carrier's NAT gateway that thousands of phones
 * share) skip the per-address limit, never the global one.
 */
@ApplicationScoped
public class SignInCodeAbuseLimits {

  @Inject
  @ConfigProperty(name = "healthcode.identity.sign-in-code.address-limit", defaultValue = "20")
  long addressLimit;

  @Inject
  @ConfigProperty(name = "healthcode.identity.sign-in-code.address-period", defaultValue = "PT10M")
  Duration addressPeriod;

  @Inject
  @ConfigProperty(name = "healthcode.identity.sign-in-code.address-limit-exempt")
  Optional<String> exemptAddresses;

  @Inject
  @ConfigProperty(name = "healthcode.identity.sign-in-code.global-limit", defaultValue = "50")
  long globalLimit;

  @Inject
  @ConfigProperty(name = "healthcode.identity.sign-in-code.global-period", defaultValue = "PT1S")
  Duration globalPeriod;

  @Inject RateLimits rateLimits;

  private Limit perAddress;
  private Limit global;
  private TrustedProxies exempt;

  @PostConstruct
  void init() {
    perAddress = new Limit("sign-in-code.address", addressLimit, addressPeriod);
    global = new Limit("sign-in-code.global", globalLimit, globalPeriod);
    exempt = TrustedProxies.parse(exemptAddresses.orElse(""));
  }

  /** RATE_LIMITED when this request's client address, or all clients together, asked too often. */
  public void requireAllowed() {
    ClientAddress.current()
        .filter(address -> !exempt.isTrusted(address))
        .ifPresent(
            address ->
                rateLimits.take(
                    perAddress,
                    address,
                    "Too many sign-in codes were requested from this network; try again later"));
    rateLimits.take(
        global, "", "Too many sign-in codes are being requested right now; try again later");
  }
}
