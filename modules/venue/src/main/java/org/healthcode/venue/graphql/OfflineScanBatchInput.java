package org.healthcode.venue.graphql;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OfflineScanBatchInput")
@Description("Scans a gate decided offline, uploaded when it is back online (docs/adr/0033).")
public record OfflineScanBatchInput(
    @NonNull @Description("The device clock when sending, to correct clock skew. (ISO-8601)")
        Instant sentAt,
    @NonNull @Description("At most 500.") List<@NonNull OfflineScanInput> scans) {}
