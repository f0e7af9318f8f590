package org.healthcode.venue.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.declaration.api.District;
import org.healthcode.venue.api.VenueCategory;

@Input("RegisterVenueInput")
@Description("A venue to register.")
public record RegisterVenueInput(
    @NonNull @Description("The venue's name, 1 to 200 characters.") String name,
    @NonNull @Description("What kind of place it is; decides the gate policy.")
        VenueCategory category,
    @NonNull @Description("The district it is in.") District district,
    @NonNull @Description("The street address, 1 to 500 characters.") String address) {}
