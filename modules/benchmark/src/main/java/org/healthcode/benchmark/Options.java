package org.healthcode.benchmark;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs. */
final class Options {

  private final Map<String, String> values = new HashMap<>();

  Options(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value at " + args[i]);
      }
      values.put(args[i].substring(2), args[++i]);
    }
  }

  int integer(String name, int fallback) {
    return values.containsKey(name)
        ? Integer.parseInt(values.get(name).replace("_", ""))
        : fallback;
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }
}
