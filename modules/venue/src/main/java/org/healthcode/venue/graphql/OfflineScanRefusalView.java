package org.healthcode.venue.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OfflineScanRefusal")
@Description("An uploaded offline scan that was not recorded.")
public record OfflineScanRefusalView(
    @NonNull @Description("The scan's id as sent.") String scanId,
    @NonNull @Description("Why, a stable code.") String code) {}
