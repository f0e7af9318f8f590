package org.healthcode.declaration.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.healthcode.declaration.api.CaseContact;
import org.healthcode.declaration.api.CaseContactKind;

@Input("CaseContactInput")
@Description("Contact with a confirmed or suspected case in the last 14 days.")
public record CaseContactInput(
    @NonNull @Description("Whom the person was in contact with: NONE, CONFIRMED or SUSPECTED.")
        CaseContactKind kind,
    @Description("The day of the last contact; required with a contact, absent with NONE.")
        LocalDate lastContact) {

  CaseContact toCaseContact() {
    return new CaseContact(kind, lastContact);
  }
}
