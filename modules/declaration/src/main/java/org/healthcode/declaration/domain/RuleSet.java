package org.healthcode.declaration.domain;

import static org.healthcode.declaration.domain.DeclarationErrorCodes.invalidRule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every version of every rule, choosing per rule id the version in force on a day: the highest
 * version whose first day has come. A new version thus replaces the older ones from its valid-from
 * day for good; if that version has a last day, the rule is out of force after it (an older version
 * does not come back).
 */
public final class RuleSet {

  private final Map<String, List<Rule>> versionsById;

  private RuleSet(Map<String, List<Rule>> versionsById) {
    this.versionsById = versionsById;
  }

  public static RuleSet of(Collection<Rule> rules) {
    Map<String, List<Rule>> byId =
        rules.stream()
            .collect(
                Collectors.groupingBy(
                    Rule::id,
                    TreeMap::new,
                    Collectors.collectingAndThen(
                        Collectors.toList(),
                        versions ->
                            versions.stream()
                                .sorted(Comparator.comparingInt(Rule::version).reversed())
                                .toList())));
    byId.values()
        .forEach(
            versions -> {
              for (int i = 1; i < versions.size(); i++) {
                if (versions.get(i).version() == versions.get(i - 1).version()) {
                  throw invalidRule(
                      "version",
                      "rule "
                          + versions.get(i).id()
                          + " has version "
                          + versions.get(i).version()
                          + " twice");
                }
              }
            });
    return new RuleSet(byId);
  }

  /** The rules in force on the day, one version per id, ordered by id. */
  public List<Rule> inForceOn(LocalDate day) {
    return versionsById.values().stream()
        .map(versions -> inForce(versions, day))
        .flatMap(Optional::stream)
        .toList();
  }

  private static Optional<Rule> inForce(List<Rule> newestFirst, LocalDate day) {
    return newestFirst.stream()
        .filter(rule -> !rule.validFrom().isAfter(day))
        .findFirst()
        .filter(rule -> rule.isValidOn(day));
  }
}
