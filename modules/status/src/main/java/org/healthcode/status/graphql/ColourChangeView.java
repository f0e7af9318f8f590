package org.healthcode.status.graphql;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.status.api.ChangeCause;
import org.healthcode.status.api.Colour;
import org.healthcode.status.domain.ColourChange;
import org.healthcode.status.domain.RuleRefs;

@Type("ColourChange")
@Description("One change of a health code, as recorded; never edited.")
public record ColourChangeView(
    @NonNull @Description("The code's version after this change, from 1.") long version,
    @NonNull @Description("Why the code changed.") ChangeCause cause,
    @NonNull @Description("Who made the change: staff:<name> or a system:<job>.") String actor,
    @Description("The supervisor who approved a MANUAL change; null otherwise.") String approvedBy,
    @NonNull @Description("The reason recorded with the change.") String reason,
    @Description("The colour before; null for the first colour.") Colour from,
    @NonNull @Description("The colour after.") Colour to,
    @Description("When the ORANGE observation ends; null unless the change is to ORANGE.")
        Instant observationEnd,
    @NonNull @Description("When the change was made.") Instant at,
    @NonNull
        @Description(
            "Why, in plain words in the caller's language (Accept-Language): the cause, and for a"
                + " declaration the rules that fired.")
        String explanation,
    @NonNull @Description("For a declaration: the ids of the rules that fired; else empty.")
        List<@NonNull String> ruleIds) {

  static ColourChangeView of(ColourChange change) {
    return new ColourChangeView(
        change.version(),
        change.cause(),
        change.actor(),
        change.approvedBy().orElse(null),
        change.reason(),
        change.from().orElse(null),
        change.to(),
        change.observationEnd().orElse(null),
        change.at(),
        StatusTexts.explanation(change.cause(), RuleRefs.in(change.reason())),
        RuleRefs.in(change.reason()).ruleIds());
  }
}
