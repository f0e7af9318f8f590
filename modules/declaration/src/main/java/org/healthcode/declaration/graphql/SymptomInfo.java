package org.healthcode.declaration.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.declaration.api.Symptom;

@Type("SymptomInfo")
@Description("A symptom the declaration asks about.")
public record SymptomInfo(
    @NonNull @Description("The symptom, as used in a declaration.") Symptom symptom,
    @NonNull @Description("What to show the person, in the caller's language (Accept-Language).")
        String description) {

  static SymptomInfo of(Symptom symptom) {
    return new SymptomInfo(symptom, DeclarationTexts.MESSAGES.text("symptom." + symptom.name()));
  }
}
