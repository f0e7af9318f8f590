package org.healthcode.venue.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.venue.api.VenueCategory;

@GraphQLApi
@ApplicationScoped
@PermitAll
public class ReferenceDataApi {

  @Query("venueCategories")
  @Description("The venue categories and whether each admits every colour. Public.")
  public @NonNull List<@NonNull VenueCategoryInfo> venueCategories() {
    return Arrays.stream(VenueCategory.values()).map(VenueCategoryInfo::of).toList();
  }
}
