package org.healthcode.venue.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.venue.api.EntryPointDetails;

@Type("EntryPoint")
@Description("An entry point of a venue: a gate, a counter, one bus or taxi.")
public record EntryPointView(
    @NonNull @Id @Description("The entry point id.") String id,
    @NonNull @Description("The operator's label for it.") String label,
    @NonNull @Description("When it was added.") Instant createdAt) {

  static EntryPointView of(EntryPointDetails entryPoint) {
    return new EntryPointView(
        entryPoint.id().toString(), entryPoint.label(), entryPoint.createdAt());
  }
}
