package org.healthcode.declaration.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.declaration.api.CurrentLocation;
import org.healthcode.declaration.api.District;

@Input("LocationInput")
@Description("Where the person is now.")
public record LocationInput(
    @Description("The district of the city; omit when outside the city.") District district,
    @NonNull @Description("The address, at most 200 characters.") String address) {

  CurrentLocation toLocation() {
    return new CurrentLocation(district, address);
  }
}
