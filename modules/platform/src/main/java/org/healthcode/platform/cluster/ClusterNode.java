package org.healthcode.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This application node among the cluster's (docs/adr/0023): a name that is unique for the life of
 * the process (who holds a lease), and a slot, 0 to {@link #SLOTS} - 1, that selects the rows of
 * the shared counters this node adds to. Nodes with different slots never write the same counter
 * row, so they never conflict over one; give each node its own slot ({@code HEALTHCODE_NODE_SLOT}).
 * Without one, the slot is derived from the host name and HTTP port: two nodes that happen to share
 * a slot only conflict more often, the counts stay exact.
 */
@ApplicationScoped
public class ClusterNode {

  /** Counter rows per key at most; what a read sums. */
  public static final int SLOTS = 64;

  @Inject
  @ConfigProperty(name = "healthcode.node.slot")
  Optional<Integer> configuredSlot;

  @Inject
  @ConfigProperty(name = "http.port", defaultValue = "9080")
  String httpPort;

  private volatile String name;
  private volatile int slot = -1;

  /** host:port/pid/random, unique for this process. */
  public String name() {
    if (name == null) {
      byte[] random = new byte[3];
      ThreadLocalRandom.current().nextBytes(random);
      name =
          host()
              + ":"
              + httpPort
              + "/"
              + ProcessHandle.current().pid()
              + "/"
              + HexFormat.of().formatHex(random);
    }
    return name;
  }

  /** This node's counter slot. */
  public int slot() {
    if (slot < 0) {
      int configured =
          configuredSlot.orElse(Math.floorMod((host() + ":" + httpPort).hashCode(), SLOTS));
      if (configured < 0 || configured >= SLOTS) {
        throw new IllegalStateException(
            "healthcode.node.slot is " + configured + "; it must be 0 to " + (SLOTS - 1));
      }
      slot = configured;
    }
    return slot;
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
