package org.healthcode.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code generate [--persons N] [--venues N] [--entry-points N]} or {@code run [options]}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: generate [--persons N] | run [--duration S] ... (see README)");
      System.exit(2);
    }
    java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
    Options options = new Options(Arrays.copyOfRange(args, 1, args.length));
    switch (args[0]) {
      case "generate" ->
          new CityGenerator(
                  Database.fromEnvironment(),
                  options.integer("persons", 1_000_000),
                  options.integer("venues", 20_000),
                  options.integer("entry-points", 100_000),
                  options.integer("seed", 2020))
              .run();
      case "check-ins" ->
          new CheckInGenerator(
                  Database.fromEnvironment(),
                  Long.parseLong(options.text("check-ins", "3000000").replace("_", "")),
                  options.integer("days", 28),
                  options.integer("seed", 2020),
                  java.nio.file.Path.of(options.text("files", "target/check-in-files")))
              .run();
      case "token" ->
          // a development-key token for probing a benchmark server by hand (README growth table)
          System.out.println(
              Jwt.sign(
                  options.text("subject", "staff:benchmark-probe"),
                  List.of(options.text("roles", "REVIEWER").split(",")),
                  Map.of(),
                  options.integer("seconds", 3600)));
      case "run" -> new Benchmark(Database.fromEnvironment(), options).run();
      case "growth" -> new Growth(Database.fromEnvironment(), options).run();
      case "faults" -> new ScanLoad(Database.fromEnvironment(), options).run();
      default -> {
        System.err.println("unknown command " + args[0]);
        System.exit(2);
      }
    }
  }
}
