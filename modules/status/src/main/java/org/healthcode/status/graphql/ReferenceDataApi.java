package org.healthcode.status.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.status.api.Colour;

@GraphQLApi
@ApplicationScoped
@PermitAll
public class ReferenceDataApi {

  @Query("colours")
  @Description("The colours of the health code and their meaning, weakest risk first. Public.")
  public @NonNull List<@NonNull ColourInfo> colours() {
    return Arrays.stream(Colour.values()).map(ColourInfo::of).toList();
  }
}
