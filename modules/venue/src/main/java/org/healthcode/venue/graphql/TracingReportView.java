package org.healthcode.venue.graphql;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.venue.api.TracingReport;
import org.healthcode.venue.api.TracingState;

@Type("TracingReport")
@Description(
    "A contact-tracing job for a confirmed case and what it found so far: counts only, never a"
        + " person. The counts grow while it is APPLYING and are final once DONE; read it again"
        + " with contactTracingJob(caseId).")
public record TracingReportView(
    @NonNull @Id @Description("The confirmed-case record, which is the job's id.") String caseId,
    @NonNull @Description("Where the job is.") TracingState state,
    @NonNull @Description("The onset date recorded.") LocalDate onsetDate,
    @NonNull
        @Description("From when the case's visits count: 00:00 city time two days before onset.")
        Instant infectiousFrom,
    @NonNull @Description("The case's own check-ins from then on.") int caseVisits,
    @Description(
            "Everyone found at the same entry points within an hour of one of those visits; null"
                + " while QUEUED.")
        Integer exposed,
    @Description("The registered persons among them, whose exposure is applied; null while QUEUED.")
        Integer exposedPersons,
    @NonNull
        @Description("Persons whose exposure is applied so far (the progress, of exposedPersons).")
        int applied,
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
    @NonNull @Description("When the case was recorded.") Instant recordedAt,
    @Description("When the job was DONE; null before.") Instant finishedAt) {

  static TracingReportView of(TracingReport report) {
    return new TracingReportView(
        Long.toString(report.caseId()),
        report.state(),
        report.onset(),
        report.infectiousFrom(),
        report.caseVisits(),
        report.exposed(),
        report.exposedPersons(),
        report.applied(),
        report.markedOrange(),
        report.observationRestarted(),
        report.stayedRed(),
        report.unregisteredVisitors(),
        report.recordedAt(),
        report.finishedAt());
  }
}
