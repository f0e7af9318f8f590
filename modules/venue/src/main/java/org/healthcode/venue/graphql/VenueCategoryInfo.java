package org.healthcode.venue.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.venue.api.VenueCategory;
import org.healthcode.venue.domain.GateMessages;

@Type("VenueCategoryInfo")
@Description("A kind of place that checks the health code.")
public record VenueCategoryInfo(
    @NonNull @Description("The category, as used when registering a venue.") VenueCategory category,
    @Description("True where every colour is admitted and recorded (medical institutions).")
        boolean admitsEveryColour,
    @NonNull @Description("What kind of place it is, in the caller's language (Accept-Language).")
        String description) {

  static VenueCategoryInfo of(VenueCategory category) {
    return new VenueCategoryInfo(
        category,
        category.admitsEveryColour(),
        GateMessages.messages().text("venueCategory." + category.name()));
  }
}
