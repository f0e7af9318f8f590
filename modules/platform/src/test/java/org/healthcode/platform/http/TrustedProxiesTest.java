package org.healthcode.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private final TrustedProxies haproxy = TrustedProxies.parse("10.0.0.0/8, 127.0.0.1, ::1");

  @Test
  void clientAddress_WhenPeerIsNotTrusted_IgnoresTheHeader() {
    assertThat(TrustedProxies.parse("").clientAddress("198.51.100.7", header("203.0.113.9")))
        .isEqualTo("198.51.100.7");
    assertThat(haproxy.clientAddress("198.51.100.7", header("203.0.113.9")))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void clientAddress_WhenPeerIsTrusted_TakesTheNearestUntrustedHop() {
    assertThat(haproxy.clientAddress("10.1.2.3", header("203.0.113.9"))).isEqualTo("203.0.113.9");
    assertThat(haproxy.clientAddress("127.0.0.1", header("203.0.113.9, 10.9.9.9")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void clientAddress_WhenClientForgesLeftEntries_TheyAreNeverReached() {
    // the client sent "X-Forwarded-For: 1.2.3.4"; HAProxy appended the real address
    assertThat(haproxy.clientAddress("10.1.2.3", header("1.2.3.4, 203.0.113.9")))
        .isEqualTo("203.0.113.9");
    assertThat(haproxy.clientAddress("10.1.2.3", header("1.2.3.4", "203.0.113.9")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void clientAddress_WhenHeaderHoldsNoAddress_KeepsTheLastTrustedOne() {
    assertThat(haproxy.clientAddress("10.1.2.3", header("unknown"))).isEqualTo("10.1.2.3");
    assertThat(haproxy.clientAddress("10.1.2.3", null)).isEqualTo("10.1.2.3");
  }

  @Test
  void isTrusted_WhenIpv6AndHostNames_MatchesLiteralsOnly() {
    assertThat(haproxy.isTrusted("::1")).isTrue();
    assertThat(haproxy.isTrusted("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(haproxy.isTrusted("11.0.0.1")).isFalse();
    assertThat(haproxy.isTrusted("localhost")).isFalse();
  }

  @Test
  void parse_WhenEntryIsMalformed_Refuses() {
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrustedProxies.parse("proxy.example.org"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static java.util.Enumeration<String> header(String... values) {
    return Collections.enumeration(List.of(values));
  }
}
