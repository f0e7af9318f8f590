package org.healthcode.venue.graphql;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.District;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.CheckInMethod;
import org.healthcode.venue.api.CheckInRecord;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;
import org.healthcode.venue.api.VenueCategory;

@Type("CheckIn")
@Description("A place where the person was checked, kept for 28 days.")
public record CheckInRecordView(
    @NonNull @Description("When.") Instant at,
    @NonNull @Description("The venue's name.") String venueName,
    @NonNull @Description("The entry point's label.") String entryPointLabel,
    @NonNull @Description("The venue's category.") VenueCategory category,
    @NonNull @Description("The venue's district.") District district,
    @NonNull @Description("How the person was recorded.") CheckInMethod method,
    @NonNull @Description("What the gate decided.") GateOutcome outcome,
    @NonNull @Description("Why.") GateReason reason,
    @Description("The colour decided on; null when the person had no code.") Colour colour,
    @Description("The temperature measured, in °C; null for a check-in by venue code.")
        BigDecimal temperature) {

  static CheckInRecordView of(CheckInRecord record) {
    return new CheckInRecordView(
        record.at(),
        record.venueName(),
        record.entryPointLabel(),
        record.category(),
        record.district(),
        record.method(),
        record.outcome(),
        record.reason(),
        record.colour(),
        record.temperature());
  }
}
