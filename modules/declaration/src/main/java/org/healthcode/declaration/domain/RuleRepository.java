package org.healthcode.declaration.domain;

import java.time.Instant;
import java.util.List;
import org.healthcode.declaration.api.RuleVersion;

/** Rule versions: read whole for a review, only ever added to. */
public interface RuleRepository {

  /** Every version of every rule; the review picks the ones in force. */
  RuleSet all();

  /** The highest version of the rule, 0 if none; storing refuses a concurrent twin. */
  int latestVersion(String id);

  /** Stores a new version of a rule; returns it as stored. */
  RuleVersion add(Rule rule, Instant createdAt, String createdBy);

  /** Versions ordered by rule id and version, after the given position (null: from the start). */
  List<RuleVersion> page(String afterId, Integer afterVersion, int limit);
}
