package org.healthcode.status.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review rules named in a colour change's reason, {@code ORANGE-SYMPTOM v1, ...}: written here
 * when a declaration's review is applied, and read back here to tell the person in plain words
 * which rules fired (the ids stay available as data).
 */
public record RuleRefs(List<Ref> refs) {

  /** One rule id and version. */
  public record Ref(String ruleId, int version) {}

  private static final Pattern REF =
      Pattern.compile("\\b([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+) v(\\d{1,4})\\b");

  public RuleRefs {
    refs = List.copyOf(refs);
  }

  /** The form stored in a reason: {@code ID v1, ID v2}. */
  public String format() {
    StringBuilder text = new StringBuilder();
    for (Ref ref : refs) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(ref.ruleId()).append(" v").append(ref.version());
    }
    return text.toString();
  }

  /** The rules named in a reason written with {@link #format}; none in any other reason. */
  public static RuleRefs in(String reason) {
    List<Ref> found = new ArrayList<>();
    if (reason != null) {
      Matcher matcher = REF.matcher(reason);
      while (matcher.find()) {
        found.add(new Ref(matcher.group(1), Integer.parseInt(matcher.group(2))));
      }
    }
    return new RuleRefs(found);
  }

  public List<String> ruleIds() {
    return refs.stream().map(Ref::ruleId).toList();
  }
}
