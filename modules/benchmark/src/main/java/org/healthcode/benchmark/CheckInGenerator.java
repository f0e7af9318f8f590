package org.healthcode.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Loads 28 days of check-ins into a generated city (docs/adr/0042), one city day at a time, by
 * {@code LOAD DATA LOCAL INFILE} from a generated file into that day's partition, with the hourly
 * counts (venue_scan_hour) that the same scans would have added. Rows look like the gate's: the
 * visitor's own colour from status_health_code and the decision GatePolicy takes for it, busy hours
 * in the morning, at noon and in the evening, busy entry points busier.
 *
 * <p>Restartable: a finished day is written down in {@code bench_generated_day}; a run skips the
 * finished days, empties the partition of a day it was cut short in and loads it again.
 */
final class CheckInGenerator {

  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
  private static final DateTimeFormatter PARTITION = DateTimeFormatter.ofPattern("'d'yyyyMMdd");

  /** Rows per LOAD DATA statement: one transaction each, short enough for the undo log. */
  private static final int FILE_ROWS = 500_000;

  /** Relative scans per city hour 00..23: the commute, lunch and the evening shops. */
  private static final double[] HOUR_WEIGHT = {
    0.3, 0.15, 0.1, 0.1, 0.2, 0.6, 2, 5, 7, 5, 4, 4.5, 6, 4.5, 3.5, 3.5, 4, 5.5, 7, 6, 4.5, 3, 1.5,
    0.7
  };

  private static final String[] COLOURS = {"GREEN", "ORANGE", "RED"};

  private final Database database;
  private final long checkIns;
  private final int days;
  private final long seed;
  private final Path directory;

  private long[] entryPoint;
  private long[] venueOf;
  private String[] districtOf;
  private String[] categoryOf;
  private double[] cumulativeWeight;
  private byte[] colourOf;
  private double[] cumulativeHour;

  CheckInGenerator(Database database, long checkIns, int days, long seed, Path directory) {
    this.database = database;
    this.checkIns = checkIns;
    this.days = days;
    this.seed = seed;
    this.directory = directory;
  }

  void run() throws Exception {
    long started = System.nanoTime();
    Files.createDirectories(directory);
    try (Connection connection =
        java.sql.DriverManager.getConnection(
            database.url() + (database.options().isEmpty() ? "?" : "&") + "allowLocalInfile=true",
            database.user(),
            database.password())) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET time_zone = '+00:00'");
        statement.execute(
            "CREATE TABLE IF NOT EXISTS bench_generated_day (day DATE PRIMARY KEY,"
                + " check_ins BIGINT NOT NULL, seconds DOUBLE NOT NULL)");
      }
      readEntryPoints(connection);
      readColours(connection);
      hours();
      LocalDate today = LocalDate.now(CITY);
      long perDay = checkIns / days;
      System.out.printf(
          "Generating %,d check-ins over %d city days into %s (%,d a day, %,d entry points, %,d"
              + " persons)%n",
          perDay * days, days, database.name(), perDay, entryPoint.length, colourOf.length - 1);
      for (int d = days - 1; d >= 0; d--) {
        LocalDate day = today.minusDays(d);
        if (finished(connection, day)) {
          System.out.printf("  %s already loaded%n", day);
          continue;
        }
        long dayStarted = System.nanoTime();
        emptyDay(connection, day);
        loadDay(connection, day, perDay);
        double seconds = (System.nanoTime() - dayStarted) / 1e9;
        try (PreparedStatement done =
            connection.prepareStatement("INSERT INTO bench_generated_day VALUES (?, ?, ?)")) {
          done.setObject(1, day);
          done.setLong(2, perDay);
          done.setDouble(3, seconds);
          done.executeUpdate();
        }
        System.out.printf(
            "  %s: %,d check-ins in %.0f s (%,.0f/s), %.0f s so far, %s free%n",
            day,
            perDay,
            seconds,
            perDay / seconds,
            (System.nanoTime() - started) / 1e9,
            freeSpace());
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("ANALYZE TABLE venue_check_in, venue_scan_hour");
      }
    }
    System.out.printf("Check-ins done in %.0f s%n", (System.nanoTime() - started) / 1e9);
  }

  private String freeSpace() throws IOException {
    return String.format("%.1f GB", Files.getFileStore(directory).getUsableSpace() / 1e9);
  }

  /** A day cut short is loaded again from the start: its check-ins and hourly counts go first. */
  private static void emptyDay(Connection connection, LocalDate day) throws SQLException {
    long firstHour = day.atStartOfDay(CITY).toEpochSecond() / 3600;
    try (Statement statement = connection.createStatement()) {
      // only a partition that holds this day alone may be truncated: once an older day's
      // partition is dropped, its range falls to the next one
      boolean ownPartition;
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT p.PARTITION_NAME FROM information_schema.PARTITIONS p"
                  + " JOIN information_schema.PARTITIONS below ON below.TABLE_SCHEMA ="
                  + " p.TABLE_SCHEMA AND below.TABLE_NAME = p.TABLE_NAME"
                  + " AND below.PARTITION_ORDINAL_POSITION = p.PARTITION_ORDINAL_POSITION - 1"
                  + " WHERE p.TABLE_SCHEMA = DATABASE() AND p.TABLE_NAME = 'venue_check_in'"
                  + " AND p.PARTITION_NAME = '"
                  + day.format(PARTITION)
                  + "' AND below.PARTITION_DESCRIPTION = '"
                  + day.toEpochDay()
                  + "'")) {
        ownPartition = rows.next();
      }
      if (ownPartition) {
        statement.execute("ALTER TABLE venue_check_in TRUNCATE PARTITION " + day.format(PARTITION));
      } else {
        statement.execute("DELETE FROM venue_check_in WHERE scan_day = " + day.toEpochDay());
      }
      statement.execute(
          "DELETE FROM venue_scan_hour WHERE hour_epoch >= "
              + firstHour
              + " AND hour_epoch < "
              + (firstHour + 24));
    }
  }

  private static boolean finished(Connection connection, LocalDate day) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT 1 FROM bench_generated_day WHERE day = ?")) {
      select.setObject(1, day);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  private void readEntryPoints(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT e.id, v.id, v.district, v.category FROM venue_entry_point e"
                    + " JOIN venue_venue v ON v.id = e.venue_id ORDER BY e.id")) {
      var ids = new java.util.ArrayList<Object[]>();
      while (rows.next()) {
        ids.add(
            new Object[] {rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4)});
      }
      int n = ids.size();
      entryPoint = new long[n];
      venueOf = new long[n];
      districtOf = new String[n];
      categoryOf = new String[n];
      cumulativeWeight = new double[n];
      SplittableRandom random = new SplittableRandom(seed);
      double total = 0;
      for (int i = 0; i < n; i++) {
        Object[] row = ids.get(i);
        entryPoint[i] = (Long) row[0];
        venueOf[i] = (Long) row[1];
        districtOf[i] = (String) row[2];
        categoryOf[i] = (String) row[3];
        // a long tail: most gates see a few dozen people a day, a station's thousands
        total += Math.exp(random.nextGaussian() * 1.2) * categoryWeight(categoryOf[i]);
        cumulativeWeight[i] = total;
      }
      for (int i = 0; i < n; i++) {
        cumulativeWeight[i] /= total;
      }
    }
  }

  private static double categoryWeight(String category) {
    return switch (category) {
      case "AIRPORT", "RAILWAY_STATION", "SUBWAY" -> 8;
      case "SHOPPING_MALL", "SUPERMARKET", "FARMERS_MARKET", "COACH_STATION" -> 4;
      case "MEDICAL_INSTITUTION", "ENTERPRISE", "BUS" -> 2;
      default -> 1;
    };
  }

  private void readColours(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      long max;
      try (ResultSet rows = statement.executeQuery("SELECT MAX(id) FROM identity_person")) {
        rows.next();
        max = rows.getLong(1);
      }
      colourOf = new byte[(int) max + 1];
      Arrays.fill(colourOf, (byte) -1);
      try (ResultSet rows =
          statement.executeQuery("SELECT person_id, colour FROM status_health_code")) {
        while (rows.next()) {
          colourOf[(int) rows.getLong(1)] =
              (byte) Arrays.asList(COLOURS).indexOf(rows.getString(2));
        }
      }
    }
  }

  private void hours() {
    cumulativeHour = new double[24];
    double total = Arrays.stream(HOUR_WEIGHT).sum();
    double sum = 0;
    for (int h = 0; h < 24; h++) {
      sum += HOUR_WEIGHT[h] / total;
      cumulativeHour[h] = sum;
    }
  }

  private static int pick(double[] cumulative, double roll) {
    int i = Arrays.binarySearch(cumulative, roll);
    return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
  }

  /** The hour's counts of one venue: scans, admits, denials, referrals. */
  private record Hour(long venue, long hourEpoch) {}

  private void loadDay(Connection connection, LocalDate day, long rows)
      throws SQLException, IOException {
    SplittableRandom random = new SplittableRandom(seed * 31 + day.toEpochDay());
    Instant dayStart = day.atStartOfDay(CITY).toInstant();
    Map<Hour, long[]> counts = new HashMap<>();
    Map<Hour, String[]> places = new HashMap<>();
    HexFormat hex = HexFormat.of();
    byte[] hash = new byte[32];
    long[] offsets = sortedOffsets(random, rows);
    long written = 0;
    int file = 0;
    long generating = 0;
    long loading = 0;
    while (written < rows) {
      long fileStarted = System.nanoTime();
      Path path = directory.resolve("check-ins-" + day + "-" + file++ + ".tsv");
      long inFile = Math.min(FILE_ROWS, rows - written);
      try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
        StringBuilder line = new StringBuilder(256);
        for (long r = 0; r < inFile; r++) {
          int e = pick(cumulativeWeight, random.nextDouble());
          Instant at = dayStart.plusMillis(offsets[(int) (written + r)]);
          boolean registered = random.nextInt(1000) < 985;
          long person = 1 + random.nextLong(colourOf.length - 1);
          int colour = registered ? colourOf[(int) person] : -1;
          boolean venueCode = random.nextInt(100) < 12;
          boolean fever = !venueCode && random.nextInt(1000) < 3;
          String temperature =
              venueCode
                  ? null
                  : fever
                      ? String.format("%.1f", 37.3 + random.nextInt(15) / 10.0)
                      : String.format("%.1f", 36.0 + random.nextInt(12) / 10.0);
          String outcome;
          String reason;
          String message;
          if (fever) {
            outcome = "REFER";
            reason = "FEVER";
            message = "不得进入：发热，" + temperature + " °C。请将其与他人隔开，并转介就医。";
          } else if (colour < 0) {
            outcome = "REFER";
            reason = "NO_CODE";
            message = "不得进入：无健康码。请到工作人员处登记。";
          } else if (colour == 0) {
            outcome = "ADMIT";
            reason = venueCode ? "GREEN_TEMPERATURE_NOT_MEASURED" : "GREEN_NORMAL_TEMPERATURE";
            message = venueCode ? "体温低于37.3 °C方可进入：绿码；请立即测量体温。" : "准许进入：绿码，" + temperature + " °C。";
          } else if (colour == 1) {
            outcome = "DENY";
            reason = "ORANGE_HOME_OBSERVATION";
            message = "不得进入：橙码。须回家接受居家医学观察。";
          } else {
            outcome = "DENY";
            reason = "RED_STRICT_CONTROL";
            message = "不得进入：红码。须立即联系卫生健康部门并按其要求处置。";
          }
          line.setLength(0);
          line.append(entryPoint[e]).append('\t');
          line.append("gen-").append(day.toEpochDay()).append('-').append(written + r).append('\t');
          if (registered) {
            line.append(person).append("\t\\N\t");
          } else {
            random.nextBytes(hash);
            line.append("\\N\t").append(hex.formatHex(hash)).append('\t');
          }
          line.append(TIME.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC))).append('\t');
          line.append(outcome).append('\t').append(reason).append('\t');
          line.append(colour < 0 ? "\\N" : COLOURS[colour]).append('\t');
          line.append(temperature == null ? "\\N" : temperature).append('\t');
          line.append(fever ? 1 : 0).append('\t');
          line.append(message).append('\t');
          line.append(venueCode ? "VENUE_CODE" : "SCAN").append('\n');
          out.append(line);
          Hour key = new Hour(venueOf[e], Math.floorDiv(at.getEpochSecond(), 3600));
          long[] c = counts.computeIfAbsent(key, k -> new long[4]);
          places.putIfAbsent(key, new String[] {districtOf[e], categoryOf[e]});
          c[0]++;
          c["ADMIT".equals(outcome) ? 1 : "DENY".equals(outcome) ? 2 : 3]++;
        }
      }
      long loadStarted = System.nanoTime();
      generating += loadStarted - fileStarted;
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "LOAD DATA LOCAL INFILE '"
                + path.toAbsolutePath()
                + "' INTO TABLE venue_check_in CHARACTER SET utf8mb4"
                + " (entry_point_id, scan_id, person_id, @document_hash, scanned_at, outcome,"
                + " reason, colour, temperature, fever, message, method)"
                + " SET document_hash = UNHEX(@document_hash)");
      }
      loading += System.nanoTime() - loadStarted;
      Files.delete(path);
      written += inFile;
    }
    long hoursStarted = System.nanoTime();
    writeHours(connection, counts, places);
    System.out.printf(
        "    generating %.1f s, LOAD DATA %.1f s, %,d hourly counts %.1f s%n",
        generating / 1e9, loading / 1e9, counts.size(), (System.nanoTime() - hoursStarted) / 1e9);
  }

  /**
   * The day's scan times, as milliseconds since its start, in time order: gates write check-ins as
   * they happen, so a loaded day's indexes are filled the way a real day fills them (what a late
   * insert costs depends on it, modules/benchmark/check-in-insert-cost.sql).
   */
  private long[] sortedOffsets(SplittableRandom random, long rows) {
    long[] offsets = new long[Math.toIntExact(rows)];
    for (int i = 0; i < offsets.length; i++) {
      int hour = pick(cumulativeHour, random.nextDouble());
      offsets[i] = hour * 3_600_000L + random.nextLong(3_600_000L);
    }
    Arrays.sort(offsets);
    return offsets;
  }

  /** The day's hourly counts as the gates would have added them, 2,000 rows a statement. */
  private static void writeHours(
      Connection connection, Map<Hour, long[]> counts, Map<Hour, String[]> places)
      throws SQLException {
    StringBuilder sql = new StringBuilder();
    int rows = 0;
    try (Statement statement = connection.createStatement()) {
      for (Map.Entry<Hour, long[]> entry : counts.entrySet()) {
        String[] place = places.get(entry.getKey());
        long[] c = entry.getValue();
        sql.append(rows == 0 ? "" : ", ")
            .append('(')
            .append(entry.getKey().venue())
            .append(", ")
            .append(entry.getKey().hourEpoch())
            .append(", 0, '")
            .append(place[0])
            .append("', '")
            .append(place[1])
            .append("', ")
            .append(c[0])
            .append(", ")
            .append(c[1])
            .append(", ")
            .append(c[2])
            .append(", ")
            .append(c[3])
            .append(')');
        if (++rows == 2_000) {
          statement.execute(upsert(sql));
          sql.setLength(0);
          rows = 0;
        }
      }
      if (rows > 0) {
        statement.execute(upsert(sql));
      }
    }
  }

  private static String upsert(CharSequence values) {
    return "INSERT INTO venue_scan_hour (venue_id, hour_epoch, slot, district, category, scans,"
        + " admits, denials, referrals) VALUES "
        + values
        + " ON DUPLICATE KEY UPDATE scans = scans + VALUES(scans),"
        + " admits = admits + VALUES(admits), denials = denials + VALUES(denials),"
        + " referrals = referrals + VALUES(referrals)";
  }
}
