package org.healthcode.identity.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.identity.api.DocumentType;

@GraphQLApi
@ApplicationScoped
@PermitAll
public class ReferenceDataApi {

  @Query("documentTypes")
  @Description("The identity documents accepted for registration, for the app's forms. Public.")
  public @NonNull List<@NonNull DocumentTypeInfo> documentTypes() {
    return Arrays.stream(DocumentType.values()).map(DocumentTypeInfo::of).toList();
  }
}
