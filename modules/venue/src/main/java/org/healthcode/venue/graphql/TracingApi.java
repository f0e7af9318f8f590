package org.healthcode.venue.graphql;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.identity.api.PersonId;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.venue.application.CheckInRetention;
import org.healthcode.venue.application.ContactTracing;

@GraphQLApi
@ApplicationScoped
public class TracingApi {

  @Inject ContactTracing tracing;
  @Inject CheckInRetention retention;

  @Mutation("recordConfirmedCase")
  @RolesAllowed("REVIEWER")
  @Description(
      "Records a confirmed case and starts the job that traces its contacts: everyone checked in"
          + " at the same entry points within an hour of one of the case's check-ins from two days"
          + " before onset on turns ORANGE (cause EXPOSURE) unless RED, and is notified. Returns"
          + " the job at once (QUEUED); follow it with contactTracingJob. The colour of the case"
          + " itself changes by a proposal under dual control. Audited. REVIEWER.")
  public @NonNull TracingReportView recordConfirmedCase(
      @NonNull @Id @Name("personId") @Description("The confirmed case.") String personId,
      @NonNull
          @Name("onsetDate")
          @Description("The day symptoms began (city time), not in the future.")
          LocalDate onsetDate) {
    PersonId person;
    try {
      person = PersonId.parse(personId);
    } catch (IllegalArgumentException e) {
      // not a number, or not positive: nobody's id
      throw HealthCodeException.notFound("No such person");
    }
    return TracingReportView.of(tracing.recordConfirmedCase(person, onsetDate));
  }

  @Query("contactTracingJob")
  @RolesAllowed("REVIEWER")
  @Description(
      "A contact-tracing job by its case id: state, progress and counts. NOT_FOUND if there is"
          + " none. REVIEWER.")
  public @NonNull TracingReportView contactTracingJob(
      @NonNull @Id @Name("caseId") @Description("The confirmed-case record.") String caseId) {
    long id;
    try {
      id = Long.parseLong(caseId);
    } catch (NumberFormatException e) {
      throw HealthCodeException.notFound("no such contact-tracing job");
    }
    return TracingReportView.of(tracing.job(id));
  }

  @Mutation("runCheckInRetention")
  @RolesAllowed("ADMIN")
  @Description(
      "Deletes the check-ins older than the retention now, as the periodic job does (the hourly"
          + " counts stay); returns how many, 0 while another node is running it. ADMIN.")
  public int runCheckInRetention() {
    return retention.purgeNow();
  }
}
