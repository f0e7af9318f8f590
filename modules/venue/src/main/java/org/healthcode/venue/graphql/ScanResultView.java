package org.healthcode.venue.graphql;

import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.platform.i18n.Language;
import org.healthcode.status.api.Colour;
import org.healthcode.venue.api.GateOutcome;
import org.healthcode.venue.api.GateReason;
import org.healthcode.venue.api.ScanAnswer;
import org.healthcode.venue.domain.GateMessages;

@Type("ScanResult")
@Description("What the guard does with the scanned person, and why.")
public record ScanResultView(
    @NonNull @Description("Admit, deny or refer.") GateOutcome outcome,
    @NonNull @Description("Why.") GateReason reason,
    @Description("The colour decided on; null when the person has no code yet.") Colour colour,
    @Description("The holder's masked name; null when the code can no longer be read.")
        String maskedName,
    @Description("The temperature as judged, in °C; null when the gate did not measure one.")
        BigDecimal temperature,
    @NonNull @Description("True for 37.3 °C or more.") boolean fever,
    @NonNull
        @Description(
            "What the guard reads: the outcome and what the person should do, in the caller's"
                + " language (Accept-Language).")
        String message) {

  static ScanResultView of(ScanAnswer answer) {
    return new ScanResultView(
        answer.outcome(),
        answer.reason(),
        answer.colour(),
        answer.maskedName(),
        answer.temperature(),
        answer.fever(),
        GateMessages.of(
            Language.current(),
            answer.reason(),
            Optional.ofNullable(answer.colour()),
            answer.temperature(),
            answer.fever()));
  }
}
