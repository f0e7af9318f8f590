package org.healthcode.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
public class SessionApi {

  @Inject CallerContext callerContext;

  @Query("currentSession")
  @Description(
      "Who the bearer token says the caller is, so an app can choose what to show."
          + " Needs a valid token of any role.")
  @RolesAllowed({
    "CITIZEN",
    "VENUE_OPERATOR",
    "SCANNER",
    "REVIEWER",
    "SUPERVISOR",
    "ANALYST",
    "AUDITOR",
    "COUNTER",
    "ADMIN"
  })
  public @NonNull Session currentSession() {
    Caller caller = callerContext.current();
    return new Session(caller.subject(), caller.roles().stream().sorted().toList());
  }

  @Description("The signed-in caller.")
  public record Session(
      @NonNull @Description("citizen:<account>, staff:<username> or device:<credential>.")
          String subject,
      @NonNull @Description("The roles the token grants.") List<@NonNull Role> roles) {}
}
