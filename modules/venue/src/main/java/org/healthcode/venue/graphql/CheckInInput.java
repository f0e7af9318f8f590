package org.healthcode.venue.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CheckInInput")
@Description("A check-in at an entry point by its venue code, for the holder and dependents.")
public record CheckInInput(
    @NonNull @Description("The venue code read from the entry point's QR.") String venueCode,
    @NonNull
        @Description(
            "The app's id of this check-in, 8 to 40 characters of A-Z a-z 0-9 - _; a retry with"
                + " the same id gets the same answer and is recorded once.")
        String checkInId,
    @NonNull
        @Description("Who checks in: the account's self and/or dependents, 1 to 5, each once.")
        @Id
        List<@NonNull String> personIds) {}
