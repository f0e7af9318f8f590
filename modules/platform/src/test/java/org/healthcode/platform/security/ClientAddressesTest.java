package org.healthcode.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static ClientAddresses trusting(String proxies) {
    ClientAddresses addresses = new ClientAddresses();
    addresses.trustedProxiesSetting = Optional.ofNullable(proxies);
    return addresses;
  }

  @Test
  void of_AForwardedHeaderFromAnUntrustedPeer_IsIgnored() {
    assertThat(trusting(null).of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    assertThat(trusting("10.0.0.2").of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
  }

  @Test
  void of_ATrustedProxy_GivesTheLastAddressItForwarded() {
    ClientAddresses addresses = trusting("10.0.0.2, 10.0.0.3");

    assertThat(addresses.of("10.0.0.3", "1.2.3.4, 198.51.100.7")).isEqualTo("198.51.100.7");
    assertThat(addresses.of("10.0.0.2", null)).isEqualTo("10.0.0.2");
  }

  @Test
  void of_AForwardedEntryThatIsNoAddress_KeepsThePeer() {
    assertThat(trusting("10.0.0.2").of("10.0.0.2", "x".repeat(100))).isEqualTo("10.0.0.2");
    assertThat(trusting("10.0.0.2").of("10.0.0.2", "1.2.3.4, ")).isEqualTo("10.0.0.2");
  }
}
