package org.healthcode.status.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.status.api.Colour;

@Type("ColourInfo")
@Description("A colour of the health code and what it means for the person holding it.")
public record ColourInfo(
    @NonNull @Description("The colour.") Colour colour,
    @NonNull @Description("What the colour means, in the caller's language (Accept-Language).")
        String meaning) {

  static ColourInfo of(Colour colour) {
    return new ColourInfo(colour, StatusTexts.meaning(colour));
  }
}
