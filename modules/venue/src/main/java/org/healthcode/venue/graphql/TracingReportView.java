package org.healthcode.venue.graphql;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.venue.api.TracingReport;

@Type("TracingReport")
@Description("What contact tracing found for a confirmed case: counts only, never a person.")
public record TracingReportView(
    @NonNull @Id @Description("The confirmed-case record.") String caseId,
    @NonNull @Description("The onset date recorded.") LocalDate onsetDate,
    @NonNull
        @Description("From when the case's visits count: 00:00 city time two days before onset.")
        Instant infectiousFrom,
    @NonNull @Description("The case's own check-ins from then on.") int caseVisits,
    @NonNull
        @Description(
            "Everyone found at the same entry points within an hour of one of those visits.")
        int exposed,
    @NonNull @Description("Persons turned ORANGE (cause EXPOSURE) and notified.") int markedOrange,
    @NonNull
        @Description("Persons who were ORANGE already: their observation starts again, notified.")
        int observationRestarted,
    @NonNull @Description("Persons who are RED and stay RED.") int stayedRed,
    @NonNull
        @Description(
            "Manual passes of unregistered documents: nobody to mark or notify; follow them up"
                + " the original way.")
        int unregisteredVisitors,
    @NonNull @Description("When the case was recorded.") Instant recordedAt) {

  static TracingReportView of(TracingReport report) {
    return new TracingReportView(
        Long.toString(report.caseId()),
        report.onset(),
        report.infectiousFrom(),
        report.caseVisits(),
        report.exposed(),
        report.markedOrange(),
        report.observationRestarted(),
        report.stayedRed(),
        report.unregisteredVisitors(),
        report.recordedAt());
  }
}
