package org.healthcode.benchmark;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.flywaydb.core.Flyway;
import org.healthcode.declaration.api.District;
import org.healthcode.identity.api.DocumentType;
import org.healthcode.identity.api.HomeDistrict;
import org.healthcode.identity.api.Relationship;
import org.healthcode.identity.domain.DocumentValidator;
import org.healthcode.identity.domain.PersonalData;
import org.healthcode.identity.domain.PhoneNumber;
import org.healthcode.identity.domain.device.DeviceSecret;
import org.healthcode.identity.domain.protection.FieldCipher;
import org.healthcode.identity.domain.protection.KeyRing;
import org.healthcode.identity.domain.protection.LookupHasher;
import org.healthcode.venue.api.VenueCategory;

/**
 * Loads a realistic city into an empty database (docs/adr/0014): the schema by the modules' own
 * Flyway migrations, then persons, accounts, dependents, consents, colours with their history, code
 * ids, the colour counts that match them, venues, entry points and device credentials. Rows are
 * written as the application writes them: personal fields sealed by identity's {@link PersonalData}
 * under the development keys, device secrets stored as {@link DeviceSecret#hash}. Batched multi-row
 * statements on one connection per core, committed every chunk.
 */
public final class CityGenerator {

  static final String CONSENT_NOTICE = "2020-02-29";
  static final String DECLARATION_ACTOR = "system:declaration-review";
  private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
  private static final int CHUNK = 5_000;
  private static final String[] MODULES = {
    "platform", "declaration", "identity", "status", "venue"
  };

  /** Tianjin's districts by 2020 census population (10,000s), in {@link HomeDistrict} order. */
  private static final int[] DISTRICT_WEIGHT = {
    35, 86, 98, 89, 65, 48, 86, 120, 93, 91, 115, 72, 206, 40, 79, 80
  };

  private static final String[] DISTRICT_CODE = {
    "120101", "120102", "120103", "120104", "120105", "120106", "120110", "120111", "120112",
    "120113", "120114", "120115", "120116", "120117", "120118", "120119"
  };

  /** Where visitors' resident ID cards were issued: the neighbouring provinces and big cities. */
  private static final String[] VISITOR_REGIONS = {
    "110101", "110105", "130102", "130203", "130602", "131002", "370102", "310101", "210102",
    "410102", "440103", "510104", "320102", "150102", "140105"
  };

  private static final String[] SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
          .split("");
  private static final String[] GIVEN =
      "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红鹏建国建华志强文斌海燕宇浩然子涵欣怡梓轩一诺雨桐佳怡思远晨曦俊杰嘉怡博文晓东婷婷立新淑珍德明春梅桂芳".split("");
  private static final String[] LATIN_GIVEN = {
    "MINJUN", "JIHO", "HARUTO", "YUI", "JOHN", "MARY", "ANNA", "IVAN", "OLGA", "LUCAS", "EMMA",
    "NOAH", "SOFIA", "DAVID", "SARAH", "HANS", "MARIE", "AHMED", "PRIYA", "WEI"
  };
  private static final String[] LATIN_FAMILY = {
    "KIM", "LEE", "PARK", "SATO", "SUZUKI", "SMITH", "JOHNSON", "IVANOV", "PETROVA", "MULLER",
    "SCHMIDT", "MARTIN", "DUBOIS", "ROSSI", "GARCIA", "TAN", "NGUYEN", "KHAN", "SINGH", "CHAN"
  };
  private static final String[] PASSPORT_COUNTRIES = {
    "KOR", "JPN", "USA", "RUS", "DEU", "GBR", "FRA", "SGP", "MYS", "CAN", "AUS", "ITA"
  };

  private final Database database;
  private final int persons;
  private final int venues;
  private final int entryPoints;
  private final long seed;
  private final Instant now = Instant.now();
  private final PersonalData personalData;
  private final DocumentValidator validator = new DocumentValidator();
  private final Set<String> documents = ConcurrentHashMap.newKeySet();
  private final LongAdder fallbacks = new LongAdder();

  /** colour x district counts, filled by the workers, written once at the end. */
  private final long[][] countNow = new long[3][HomeDistrict.values().length];

  private final Map<String, long[]> countDaily = new ConcurrentHashMap<>();

  CityGenerator(Database database, int persons, int venues, int entryPoints, long seed) {
    this.database = database;
    this.persons = persons;
    this.venues = venues;
    this.entryPoints = entryPoints;
    this.seed = seed;
    this.personalData =
        new PersonalData(
            new FieldCipher(KeyRing.fromConfig(DevelopmentKeys.identityDataKeys())),
            LookupHasher.fromConfig(DevelopmentKeys.identityLookupSecret()));
  }

  void run() throws Exception {
    long started = System.nanoTime();
    System.out.printf(
        "Generating a city into %s: %,d persons, %,d venues, %,d entry points (seed %d)%n",
        database.name(), persons, venues, entryPoints, seed);
    database.recreate();
    migrate();
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong done = new AtomicLong();
    List<Future<?>> work = new ArrayList<>();
    for (int first = 1; first <= persons; first += CHUNK) {
      int from = first;
      int to = Math.min(persons, first + CHUNK - 1);
      work.add(pool.submit(() -> personChunk(from, to, done, started)));
    }
    for (Future<?> chunk : work) {
      chunk.get();
    }
    pool.shutdown();
    System.out.printf(
        "  persons done in %.0f s (%,d documents fell back to a Tianjin ID card)%n",
        seconds(started), fallbacks.sum());
    writeCounts();
    writeVenues();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      for (String table :
          List.of(
              "identity_person",
              "identity_account",
              "status_code",
              "status_health_code",
              "identity_device_credential",
              "venue_entry_point")) {
        statement.execute("ANALYZE TABLE " + table);
      }
    }
    System.out.printf("Done in %.0f s%n", seconds(started));
  }

  private void migrate() {
    for (String module : MODULES) {
      Flyway.configure(CityGenerator.class.getClassLoader())
          .dataSource(database.url(), database.user(), database.password())
          .locations("classpath:db/migration/" + module)
          .table(module + "_schema_history")
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    }
    System.out.println("  schema migrated (the modules' own Flyway migrations)");
  }

  private record Holder(long accountId, int dependents) {}

  private void personChunk(int from, int to, AtomicLong done, long started) {
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      try (Statement session = connection.createStatement()) {
        session.execute("SET unique_checks = 0, foreign_key_checks = 0");
      }
      Batch person =
          new Batch(
              connection,
              "identity_person (id, document_type, document_hash, document_number_encrypted,"
                  + " issuing_country, name_encrypted, date_of_birth, sex, nationality,"
                  + " home_district, registered_at)",
              11);
      Batch account =
          new Batch(
              connection,
              "identity_account (id, phone_hash, phone_encrypted, self_person_id, created_at)",
              5);
      Batch link =
          new Batch(
              connection,
              "identity_dependent_link (account_id, person_id, relationship, added_at)",
              4);
      Batch consent =
          new Batch(connection, "identity_consent (person_id, notice_version, given_at)", 3);
      Batch code =
          new Batch(
              connection,
              "status_health_code (person_id, colour, reason, since, observation_end, version)",
              6);
      Batch change =
          new Batch(
              connection,
              "status_colour_change (person_id, version, cause, actor, reason, to_colour,"
                  + " observation_end, changed_at)",
              8);
      Batch codeId = new Batch(connection, "status_code (code_id, person_id, kind, created_at)", 4);
      long[][] localCounts = new long[3][HomeDistrict.values().length];
      Map<String, long[]> localDaily = new TreeMap<>();
      Holder holder = null;
      for (int id = from; id <= to; id++) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + id);
        boolean dependent = holder != null && holder.dependents() < 4 && random.nextInt(100) < 8;
        Relationship relationship = dependent ? relationship(random) : null;
        GeneratedPerson p = person(random, relationship);
        Instant registered = now.minusSeconds(86_400L * 10 + random.nextInt(86_400 * 30));
        person.add(
            id,
            p.type().name(),
            personalData.documentHash(p.type(), p.number(), p.issuingCountry()),
            personalData.sealDocumentNumber(p.number()),
            p.issuingCountry(),
            personalData.sealName(p.name()),
            java.sql.Date.valueOf(p.dateOfBirth()),
            p.female() ? "FEMALE" : "MALE",
            p.nationality(),
            p.district().name(),
            Timestamp.from(registered));
        if (dependent) {
          link.add(holder.accountId(), id, relationship.name(), Timestamp.from(registered));
          holder = new Holder(holder.accountId(), holder.dependents() + 1);
        } else {
          PhoneNumber phone = phone(id);
          account.add(
              id,
              personalData.phoneHash(phone),
              personalData.sealPhone(phone),
              id,
              Timestamp.from(registered));
          holder = new Holder(id, 0);
        }
        consent.add(id, CONSENT_NOTICE, Timestamp.from(registered));
        // the colour from the first declaration, shortly after registering
        int roll = random.nextInt(1000);
        String colour = roll < 975 ? "GREEN" : roll < 995 ? "ORANGE" : "RED";
        Instant since =
            colour.equals("ORANGE")
                ? now.minusSeconds(86_400L + random.nextInt(86_400 * 8))
                : registered.plusSeconds(60 + random.nextInt(3600));
        Timestamp observationEnd =
            colour.equals("ORANGE") ? Timestamp.from(since.plusSeconds(14 * 86_400L)) : null;
        String reason =
            "declaration "
                + id
                + " reviewed "
                + colour
                + " ("
                + (colour.equals("GREEN")
                    ? "no rule fired"
                    : colour.equals("ORANGE") ? "ORANGE-SYMPTOM v1" : "RED-CONFIRMED-CASE v1")
                + ")";
        code.add(id, colour, reason, Timestamp.from(since), observationEnd, 1);
        change.add(
            id, 1, "DECLARATION", DECLARATION_ACTOR, reason, colour, observationEnd, since(since));
        byte[] codeBytes = new byte[16];
        ByteBuffer.wrap(codeBytes).putLong(random.nextLong()).putLong(random.nextLong());
        codeId.add(codeBytes, id, "DYNAMIC", Timestamp.from(since));
        int colourIndex = colour.equals("GREEN") ? 0 : colour.equals("ORANGE") ? 1 : 2;
        localCounts[colourIndex][p.district().ordinal()]++;
        String day = LocalDate.ofInstant(since, CITY).toString();
        localDaily
            .computeIfAbsent(day + "|" + colour + "|" + p.district().name(), k -> new long[1])[0]++;
      }
      for (Batch batch : List.of(person, account, link, consent, code, change, codeId)) {
        batch.flush();
      }
      connection.commit();
      synchronized (countNow) {
        for (int c = 0; c < 3; c++) {
          for (int d = 0; d < countNow[c].length; d++) {
            countNow[c][d] += localCounts[c][d];
          }
        }
      }
      localDaily.forEach(
          (key, value) -> countDaily.merge(key, value, (a, b) -> new long[] {a[0] + b[0]}));
      long total = done.addAndGet(to - from + 1);
      if (total % 50_000 < CHUNK || total == persons) {
        double elapsed = seconds(started);
        System.out.printf(
            "  persons %,9d / %,d  %5.1f %%  %,7.0f/s  ETA %4.0f s%n",
            total,
            persons,
            100.0 * total / persons,
            total / elapsed,
            (persons - total) / (total / elapsed));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("persons " + from + "-" + to + ": " + e.getMessage(), e);
    }
  }

  private static Timestamp since(Instant since) {
    return Timestamp.from(since);
  }

  private record GeneratedPerson(
      DocumentType type,
      String number,
      String issuingCountry,
      String name,
      LocalDate dateOfBirth,
      boolean female,
      String nationality,
      HomeDistrict district) {}

  private GeneratedPerson person(SplittableRandom random, Relationship relationship) {
    boolean visitor = random.nextInt(100) < 6;
    HomeDistrict district = visitor ? HomeDistrict.VISITOR : district(random);
    LocalDate dob = birthDate(random, relationship);
    boolean female = random.nextBoolean();
    int roll = random.nextInt(1000);
    DocumentType type;
    if (visitor) {
      type =
          roll < 850
              ? DocumentType.RESIDENT_ID_CARD
              : roll < 900
                  ? DocumentType.HK_MACAO_TRAVEL_PERMIT
                  : roll < 920
                      ? DocumentType.TAIWAN_TRAVEL_PERMIT
                      : roll < 930 ? DocumentType.HMT_RESIDENCE_PERMIT : DocumentType.PASSPORT;
    } else {
      type =
          roll < 988
              ? DocumentType.RESIDENT_ID_CARD
              : roll < 991
                  ? DocumentType.HMT_RESIDENCE_PERMIT
                  : roll < 996
                      ? DocumentType.PASSPORT
                      : DocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID;
    }
    for (int attempt = 0; ; attempt++) {
      GeneratedPerson candidate =
          attempt < 5
              ? document(random, type, district, dob, female)
              : document(random, DocumentType.RESIDENT_ID_CARD, district, dob, female);
      if (attempt == 5) {
        fallbacks.increment();
      }
      try {
        validator.validate(candidate.type(), candidate.number(), candidate.issuingCountry());
      } catch (RuntimeException invalid) {
        continue;
      }
      String key = candidate.type() + ":" + candidate.issuingCountry() + ":" + candidate.number();
      if (documents.add(key)) {
        return candidate;
      }
    }
  }

  private GeneratedPerson document(
      SplittableRandom random,
      DocumentType type,
      HomeDistrict district,
      LocalDate dob,
      boolean female) {
    String chineseName =
        SURNAMES[random.nextInt(SURNAMES.length)]
            + GIVEN[random.nextInt(GIVEN.length)]
            + (random.nextInt(100) < 70 ? GIVEN[random.nextInt(GIVEN.length)] : "");
    return switch (type) {
      case RESIDENT_ID_CARD -> {
        String region =
            district == HomeDistrict.VISITOR
                ? VISITOR_REGIONS[random.nextInt(VISITOR_REGIONS.length)]
                : DISTRICT_CODE[district.ordinal()];
        yield new GeneratedPerson(
            type,
            gb11643(region, dob, female, random),
            null,
            chineseName,
            dob,
            female,
            "CHN",
            district);
      }
      case HMT_RESIDENCE_PERMIT -> {
        String[] prefixes = {"810000", "820000", "830000"};
        String[] regions = {"HKG", "MAC", "TWN"};
        int which = random.nextInt(3);
        yield new GeneratedPerson(
            type,
            gb11643(prefixes[which], dob, female, random),
            null,
            chineseName,
            dob,
            female,
            regions[which],
            district);
      }
      case HK_MACAO_TRAVEL_PERMIT -> {
        boolean hongKong = random.nextInt(100) < 80;
        yield new GeneratedPerson(
            type,
            (hongKong ? "H" : "M") + digits(random, 8),
            null,
            chineseName,
            dob,
            female,
            hongKong ? "HKG" : "MAC",
            district);
      }
      case TAIWAN_TRAVEL_PERMIT ->
          new GeneratedPerson(
              type, digits(random, 8), null, chineseName, dob, female, "TWN", district);
      case PASSPORT -> {
        String country = PASSPORT_COUNTRIES[random.nextInt(PASSPORT_COUNTRIES.length)];
        yield new GeneratedPerson(
            type,
            (char) ('A' + random.nextInt(26)) + digits(random, 8),
            country,
            latinName(random),
            dob,
            female,
            country,
            district);
      }
      case FOREIGNER_PERMANENT_RESIDENCE_ID -> {
        String country = PASSPORT_COUNTRIES[random.nextInt(PASSPORT_COUNTRIES.length)];
        // the 2023 format: 9, province code, country number, birth date, sequence, check
        String body =
            "9"
                + "12"
                + String.format("%03d", 100 + random.nextInt(800))
                + dob.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%02d", random.nextInt(100))
                + (female ? 2 * random.nextInt(5) : 2 * random.nextInt(5) + 1);
        yield new GeneratedPerson(
            type,
            body + checkCharacter(body),
            null,
            latinName(random),
            dob,
            female,
            country,
            district);
      }
    };
  }

  private static String latinName(SplittableRandom random) {
    return LATIN_FAMILY[random.nextInt(LATIN_FAMILY.length)]
        + " "
        + LATIN_GIVEN[random.nextInt(LATIN_GIVEN.length)];
  }

  /** GB 11643-1999: region, birth date, sequence (odd for men), ISO 7064 MOD 11-2 check. */
  static String gb11643(String region, LocalDate dob, boolean female, SplittableRandom random) {
    int sequence = random.nextInt(500) * 2 + (female ? 0 : 1);
    String body =
        region + dob.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
    return body + checkCharacter(body);
  }

  static char checkCharacter(String body17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body17.charAt(i) - '0') * weights[i];
    }
    return "10X98765432".charAt(sum % 11);
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder text = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
    return text.toString();
  }

  private LocalDate birthDate(SplittableRandom random, Relationship relationship) {
    LocalDate today = LocalDate.ofInstant(now, CITY);
    int minAge;
    int maxAge;
    if (relationship == Relationship.CHILD || relationship == Relationship.GRANDCHILD) {
      minAge = 1;
      maxAge = 16;
    } else if (relationship == Relationship.PARENT || relationship == Relationship.GRANDPARENT) {
      minAge = 62;
      maxAge = 94;
    } else {
      minAge = 18;
      maxAge = 80;
    }
    return today.minusDays(365L * minAge + random.nextInt(365 * (maxAge - minAge)));
  }

  private static Relationship relationship(SplittableRandom random) {
    int roll = random.nextInt(100);
    return roll < 50
        ? Relationship.CHILD
        : roll < 80
            ? Relationship.PARENT
            : roll < 90
                ? Relationship.SPOUSE
                : roll < 95 ? Relationship.GRANDPARENT : Relationship.GRANDCHILD;
  }

  private static HomeDistrict district(SplittableRandom random) {
    int total = 0;
    for (int weight : DISTRICT_WEIGHT) {
      total += weight;
    }
    int roll = random.nextInt(total);
    for (int d = 0; d < DISTRICT_WEIGHT.length; d++) {
      roll -= DISTRICT_WEIGHT[d];
      if (roll < 0) {
        return HomeDistrict.values()[d];
      }
    }
    throw new IllegalStateException();
  }

  /** Unique per id: a mobile number whose last 9 digits are a bijection of the id. */
  static PhoneNumber phone(long id) {
    long mixed = (id * 387_420_489L) % 1_000_000_000L;
    return PhoneNumber.parse("1" + "3456789".charAt((int) (id % 7)) + String.format("%09d", mixed));
  }

  private void writeCounts() throws SQLException {
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      Batch now = new Batch(connection, "status_count_now (colour, district, residency, count)", 4);
      String[] colours = {"GREEN", "ORANGE", "RED"};
      for (int c = 0; c < 3; c++) {
        for (HomeDistrict district : HomeDistrict.values()) {
          long count = countNow[c][district.ordinal()];
          if (count > 0) {
            now.add(colours[c], district.name(), residency(district), count);
          }
        }
      }
      now.flush();
      Batch daily =
          new Batch(
              connection, "status_count_daily (day, colour, district, residency, net_change)", 5);
      for (Map.Entry<String, long[]> entry : countDaily.entrySet()) {
        String[] key = entry.getKey().split("\\|");
        HomeDistrict district = HomeDistrict.valueOf(key[2]);
        daily.add(
            java.sql.Date.valueOf(key[0]),
            key[1],
            key[2],
            residency(district),
            entry.getValue()[0]);
      }
      daily.flush();
      connection.commit();
    }
    System.out.println("  colour counts written (now and daily, from the colours loaded)");
  }

  private static String residency(HomeDistrict district) {
    return district.isResident() ? "RESIDENT" : "VISITOR";
  }

  private void writeVenues() throws SQLException {
    SplittableRandom random = new SplittableRandom(seed);
    VenueCategory[] categories = VenueCategory.values();
    // venues per category, per mille, in VenueCategory order
    int[] venueShare = {250, 200, 1, 1, 2, 50, 80, 20, 10, 150, 10, 150, 50, 20, 6};
    // how many entry points a venue of the category tends to have beyond its first
    int[] gateWeight = {6, 5, 60, 40, 10, 3, 3, 12, 8, 0, 0, 0, 0, 8, 2};
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      try (Statement session = connection.createStatement()) {
        session.execute("SET unique_checks = 0, foreign_key_checks = 0");
      }
      Batch venue =
          new Batch(
              connection,
              "venue_venue (id, name, category, district, address, operator, created_at)",
              7);
      int[] categoryOf = new int[venues + 1];
      int shareTotal = java.util.Arrays.stream(venueShare).sum();
      long weightTotal = 0;
      for (int v = 1; v <= venues; v++) {
        int roll = random.nextInt(shareTotal);
        int c = 0;
        while ((roll -= venueShare[c]) >= 0) {
          c++;
        }
        categoryOf[v] = c;
        weightTotal += gateWeight[c];
        int district = random.nextInt(16);
        venue.add(
            v,
            categories[c].name().toLowerCase().replace('_', ' ') + " " + v,
            categories[c].name(),
            District.values()[district].name(),
            (1 + random.nextInt(999)) + " " + ROADS[random.nextInt(ROADS.length)] + " Road",
            "staff:benchmark-operator-" + (1 + (v - 1) / 10),
            Timestamp.from(now.minusSeconds(86_400L * 40)));
      }
      venue.flush();
      connection.commit();
      // one entry point each, the rest shared out by the categories' weights
      int[] gates = new int[venues + 1];
      int extra = entryPoints - venues;
      double perWeight = (double) extra / weightTotal;
      int assigned = 0;
      for (int v = 1; v <= venues; v++) {
        gates[v] = 1 + (int) Math.floor(gateWeight[categoryOf[v]] * perWeight);
        assigned += gates[v];
      }
      while (assigned < entryPoints) {
        int v = 1 + random.nextInt(venues);
        if (gateWeight[categoryOf[v]] > 0) {
          gates[v]++;
          assigned++;
        }
      }
      Batch entryPoint =
          new Batch(connection, "venue_entry_point (id, venue_id, label, created_at)", 4);
      Batch credential =
          new Batch(
              connection,
              "identity_device_credential (id, entry_point_id, secret_hash, issued_at)",
              4);
      long id = 0;
      Timestamp created = Timestamp.from(now.minusSeconds(86_400L * 40));
      for (int v = 1; v <= venues; v++) {
        for (int g = 1; g <= gates[v]; g++) {
          id++;
          entryPoint.add(id, v, "Gate " + g, created);
          String credentialId = DeviceSecrets.credentialId(id);
          credential.add(
              credentialId,
              Long.toString(id),
              DeviceSecret.hash(DeviceSecrets.secret(credentialId)),
              created);
        }
        if (v % 2_000 == 0) {
          entryPoint.flush();
          credential.flush();
          connection.commit();
        }
      }
      entryPoint.flush();
      credential.flush();
      connection.commit();
      System.out.printf("  venues %,d, entry points %,d, device credentials %,d%n", venues, id, id);
    }
  }

  private static final String[] ROADS = {
    "Nanjing",
    "Weijin",
    "Heping",
    "Binjiang",
    "Jiefang",
    "Youyi",
    "Huanghe",
    "Changjiang",
    "Fukang",
    "Anshan",
    "Chengdu",
    "Xikang",
    "Dagu",
    "Zhongshan"
  };

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  /** Multi-row INSERTs of up to {@value #ROWS} rows, binary parameters, one round trip each. */
  static final class Batch {
    static final int ROWS = 500;
    private final Connection connection;
    private final String into;
    private final int columns;
    private final List<Object> values = new ArrayList<>();
    private PreparedStatement full;

    Batch(Connection connection, String into, int columns) {
      this.connection = connection;
      this.into = into;
      this.columns = columns;
    }

    void add(Object... row) throws SQLException {
      if (row.length != columns) {
        throw new IllegalArgumentException(into + ": " + row.length + " values");
      }
      values.addAll(java.util.Arrays.asList(row));
      if (values.size() == ROWS * columns) {
        if (full == null) {
          full = connection.prepareStatement(sql(ROWS));
        }
        execute(full);
      }
    }

    void flush() throws SQLException {
      if (!values.isEmpty()) {
        try (PreparedStatement partial =
            connection.prepareStatement(sql(values.size() / columns))) {
          execute(partial);
        }
      }
    }

    private void execute(PreparedStatement statement) throws SQLException {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
      statement.executeUpdate();
      values.clear();
    }

    private String sql(int rows) {
      String row = "(" + "?,".repeat(columns - 1) + "?)";
      StringBuilder sql = new StringBuilder("INSERT INTO ").append(into).append(" VALUES ");
      for (int i = 0; i < rows; i++) {
        sql.append(i == 0 ? "" : ",").append(row);
      }
      return sql.toString();
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
