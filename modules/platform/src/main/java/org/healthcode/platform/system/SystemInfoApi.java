package org.healthcode.platform.system;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
@PermitAll
public class SystemInfoApi {

  @Inject SystemInfoService systemInfo;

  @Query("systemInfo")
  @Description(
      "What this deployment is: its version, the modules it runs and the database it reads."
          + " Carries no personal or health data.")
  public @NonNull SystemInfo systemInfo() {
    return systemInfo.current();
  }
}
