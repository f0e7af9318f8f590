package org.healthcode.platform.http;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;

/**
 * Which peers may tell the client's address in {@code X-Forwarded-For} (HAProxy in front of the
 * nodes, docs/adr/0026): a list of addresses or CIDR ranges, {@code
 * healthcode.http.trusted-proxies}, empty by default. The client is the connection's peer, unless
 * that peer is trusted: then the header is read from its right end (the entry the nearest proxy
 * added) leftwards, skipping trusted proxies, and the first address that is not one is the client.
 * Entries a client wrote itself further left are never reached, so a client cannot choose its own
 * address by sending the header.
 */
public final class TrustedProxies {

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /** Parses {@code 10.0.0.0/8, 127.0.0.1, ::1}; a malformed entry refuses to start the server. */
  public static TrustedProxies parse(String configured) {
    List<Range> ranges = new ArrayList<>();
    for (String entry : configured == null ? new String[0] : configured.split(",")) {
      String text = entry.strip();
      if (text.isEmpty()) {
        continue;
      }
      ranges.add(Range.parse(text));
    }
    return new TrustedProxies(ranges);
  }

  public boolean isTrusted(String address) {
    byte[] bytes = literal(address);
    if (bytes == null) {
      return false;
    }
    for (Range range : ranges) {
      if (range.contains(bytes)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The client's address for a connection from {@code peer} that carried these {@code
   * X-Forwarded-For} header values (in the order received).
   */
  public String clientAddress(String peer, Enumeration<String> forwardedFor) {
    if (!isTrusted(peer) || forwardedFor == null || !forwardedFor.hasMoreElements()) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    while (forwardedFor.hasMoreElements()) {
      for (String hop : forwardedFor.nextElement().split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (literal(hop) == null) {
        return client; // garbage in the header: the last address we could trust
      }
      client = hop;
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return client;
  }

  /** The address's bytes if it is an IP literal (never a DNS look-up), else null. */
  static byte[] literal(String address) {
    if (address == null
        || address.isEmpty()
        || !(address.indexOf(':') >= 0 || address.matches("[0-9.]+"))) {
      return null;
    }
    String text = address;
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException | SecurityException e) {
      return null;
    }
  }

  private record Range(byte[] network, int prefix) {

    static Range parse(String text) {
      int slash = text.indexOf('/');
      byte[] network = literal(slash < 0 ? text : text.substring(0, slash));
      if (network == null) {
        throw new IllegalArgumentException(
            "healthcode.http.trusted-proxies: an entry is not an IP address or CIDR range");
      }
      int prefix = network.length * 8;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > network.length * 8) {
          throw new IllegalArgumentException(
              "healthcode.http.trusted-proxies: a prefix length is out of range");
        }
      }
      return new Range(network, prefix);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      if (prefix == 0) {
        return true;
      }
      BigInteger mask =
          BigInteger.ONE
              .shiftLeft(prefix)
              .subtract(BigInteger.ONE)
              .shiftLeft(network.length * 8 - prefix);
      return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Range range
          && prefix == range.prefix
          && Arrays.equals(network, range.network);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
      return "Range[" + prefix + "]";
    }
  }
}
