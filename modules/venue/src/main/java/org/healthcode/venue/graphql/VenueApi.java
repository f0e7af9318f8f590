package org.healthcode.venue.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.graphql.Pagination;
import org.healthcode.venue.api.NewVenue;
import org.healthcode.venue.application.VenueFacade;

@GraphQLApi
@ApplicationScoped
public class VenueApi {

  @Inject VenueFacade venues;

  @Mutation("registerVenue")
  @RolesAllowed("VENUE_OPERATOR")
  @Description("Registers a venue run by the caller. Audited. VENUE_OPERATOR.")
  public @NonNull VenueView registerVenue(
      @NonNull @Name("input") @Description("The venue.") RegisterVenueInput input) {
    return VenueView.of(
        venues.register(
            new NewVenue(input.name(), input.category(), input.district(), input.address())));
  }

  @Mutation("addEntryPoint")
  @RolesAllowed("VENUE_OPERATOR")
  @Description(
      "Adds an entry point (a gate, a counter, one bus or taxi) to one of the caller's venues."
          + " Audited. VENUE_OPERATOR.")
  public @NonNull EntryPointView addEntryPoint(
      @NonNull @Id @Name("venueId") @Description("One of the caller's venues.") String venueId,
      @NonNull @Name("label") @Description("A label, 1 to 200 characters.") String label) {
    return EntryPointView.of(venues.addEntryPoint(id(venueId, "venue"), label));
  }

  @Query("myVenues")
  @RolesAllowed("VENUE_OPERATOR")
  @Description(
      "The caller's venues in registration order, with their entry points. VENUE_OPERATOR.")
  public @NonNull VenueConnection myVenues(
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after) {
    int size = Pagination.pageSize(first);
    return Pagination.connection(
        venues.myVenues(Pagination.longPosition(after), size + 1),
        size,
        after,
        venue -> Long.toString(venue.id()),
        (cursor, venue) -> new VenueEdge(cursor, VenueView.of(venue)),
        VenueConnection::new);
  }

  @Mutation("issueDeviceCredential")
  @RolesAllowed("VENUE_OPERATOR")
  @Description(
      "Issues a device credential for one of the caller's entry points; its secret is shown in"
          + " this answer only. Audited. VENUE_OPERATOR.")
  public @NonNull IssuedDeviceCredentialView issueDeviceCredential(
      @NonNull @Id @Name("entryPointId") @Description("One of the caller's entry points.")
          String entryPointId) {
    return IssuedDeviceCredentialView.of(
        venues.issueDeviceCredential(id(entryPointId, "entry point")));
  }

  @Mutation("revokeDeviceCredential")
  @RolesAllowed("VENUE_OPERATOR")
  @Description(
      "Revokes a device credential of one of the caller's entry points: it can no longer sign in"
          + " or scan. Returns true. Audited. VENUE_OPERATOR.")
  public boolean revokeDeviceCredential(
      @NonNull @Id @Name("entryPointId") @Description("One of the caller's entry points.")
          String entryPointId,
      @NonNull @Id @Name("credentialId") @Description("A credential of that entry point.")
          String credentialId) {
    venues.revokeDeviceCredential(id(entryPointId, "entry point"), credentialId);
    return true;
  }

  @Query("deviceCredentials")
  @RolesAllowed("VENUE_OPERATOR")
  @Description(
      "The device credentials of one of the caller's entry points, oldest first, active and"
          + " revoked; never their secrets. VENUE_OPERATOR.")
  public @NonNull List<@NonNull DeviceCredentialView> deviceCredentials(
      @NonNull @Id @Name("entryPointId") @Description("One of the caller's entry points.")
          String entryPointId) {
    return venues.deviceCredentials(id(entryPointId, "entry point")).stream()
        .map(DeviceCredentialView::of)
        .toList();
  }

  static long id(String text, String what) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw HealthCodeException.notFound("No such " + what);
    }
  }
}
