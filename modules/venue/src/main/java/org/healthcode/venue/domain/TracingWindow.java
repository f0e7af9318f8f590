package org.healthcode.venue.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.healthcode.identity.api.EntryPointId;

/**
 * Who a confirmed case may have exposed (DESIGN §5, docs/adr/0012). The case is infectious from the
 * start of the day two days before onset, in the city's time zone (Asia/Shanghai). Each visit of
 * the case at or after that start exposes everyone at the same entry point from one hour before to
 * one hour after it, both ends included. A visit before the start exposes nobody, but an interval
 * of a counted visit may reach back before the start: someone who arrived 30 minutes before the
 * case was still there with it.
 *
 * <p>Pure: visits in, visitors out; reading them and marking the exposed is the caller's.
 */
public final class TracingWindow {

  public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

  /** The case counts as infectious from the start of this many days before its onset. */
  public static final int INFECTIOUS_DAYS_BEFORE_ONSET = 2;

  /** Everyone at the entry point this long before or after a visit of the case is exposed. */
  public static final Duration AROUND_EACH_VISIT = Duration.ofHours(1);

  private static final Comparator<ExposureInterval> BY_START =
      Comparator.comparing(ExposureInterval::from);

  private final LocalDate onset;
  private final Instant start;

  public TracingWindow(LocalDate onset) {
    this.onset = Objects.requireNonNull(onset, "onset");
    this.start = onset.minusDays(INFECTIOUS_DAYS_BEFORE_ONSET).atStartOfDay(CITY_ZONE).toInstant();
  }

  public LocalDate onset() {
    return onset;
  }

  /** The first instant at which a visit of the case counts. */
  public Instant start() {
    return start;
  }

  /**
   * The intervals the case's visits expose, per entry point in time order, overlapping or touching
   * ones merged: the check-ins to look up, each interval once.
   */
  public List<ExposureInterval> intervals(List<Visit> caseVisits) {
    Objects.requireNonNull(caseVisits, "caseVisits");
    List<ExposureInterval> merged = new ArrayList<>();
    byEntryPoint(caseVisits).values().forEach(merged::addAll);
    merged.sort(
        Comparator.comparingLong((ExposureInterval i) -> i.entryPoint().value())
            .thenComparing(BY_START));
    return List.copyOf(merged);
  }

  /**
   * Everyone among {@code candidates} who was at an entry point of the case inside one of its
   * intervals, except the case itself: any visitor who appears in {@code caseVisits}.
   */
  public Set<VisitorRef> exposures(List<Visit> caseVisits, List<Visit> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    Map<EntryPointId, List<ExposureInterval>> intervals = byEntryPoint(caseVisits);
    Set<VisitorRef> theCase = new HashSet<>();
    caseVisits.forEach(visit -> theCase.add(visit.visitor()));
    Set<VisitorRef> exposed = new HashSet<>();
    for (Visit candidate : candidates) {
      List<ExposureInterval> there = intervals.get(candidate.entryPoint());
      if (there != null
          && !theCase.contains(candidate.visitor())
          && coveredBy(there, candidate.at())) {
        exposed.add(candidate.visitor());
      }
    }
    return Set.copyOf(exposed);
  }

  /** Per entry point: the counted visits' intervals, sorted by start, overlaps merged. */
  private Map<EntryPointId, List<ExposureInterval>> byEntryPoint(List<Visit> caseVisits) {
    Map<EntryPointId, List<ExposureInterval>> raw = new HashMap<>();
    for (Visit visit : caseVisits) {
      if (!visit.at().isBefore(start)) {
        raw.computeIfAbsent(visit.entryPoint(), key -> new ArrayList<>())
            .add(
                new ExposureInterval(
                    visit.entryPoint(),
                    visit.at().minus(AROUND_EACH_VISIT),
                    visit.at().plus(AROUND_EACH_VISIT)));
      }
    }
    Map<EntryPointId, List<ExposureInterval>> merged = new HashMap<>();
    raw.forEach((entryPoint, list) -> merged.put(entryPoint, merge(list)));
    return merged;
  }

  private static List<ExposureInterval> merge(List<ExposureInterval> intervals) {
    intervals.sort(BY_START);
    List<ExposureInterval> merged = new ArrayList<>();
    ExposureInterval current = intervals.get(0);
    for (ExposureInterval next : intervals.subList(1, intervals.size())) {
      if (next.from().isAfter(current.to())) {
        merged.add(current);
        current = next;
      } else if (next.to().isAfter(current.to())) {
        current = new ExposureInterval(current.entryPoint(), current.from(), next.to());
      }
    }
    merged.add(current);
    return merged;
  }

  /** Binary search over disjoint intervals sorted by start: the last one starting at or before. */
  private static boolean coveredBy(List<ExposureInterval> sorted, Instant at) {
    int low = 0;
    int high = sorted.size() - 1;
    int candidate = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (sorted.get(middle).from().isAfter(at)) {
        high = middle - 1;
      } else {
        candidate = middle;
        low = middle + 1;
      }
    }
    return candidate >= 0 && !at.isAfter(sorted.get(candidate).to());
  }
}
