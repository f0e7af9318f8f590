package org.healthcode.declaration.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.declaration.api.Symptom;

@GraphQLApi
@ApplicationScoped
@PermitAll
public class ReferenceDataApi {

  @Query("symptoms")
  @Description("The symptoms a declaration asks about, for the app's forms. Public.")
  public @NonNull List<@NonNull SymptomInfo> symptoms() {
    return Arrays.stream(Symptom.values()).map(SymptomInfo::of).toList();
  }
}
