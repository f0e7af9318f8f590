package org.healthcode.identity.graphql;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.healthcode.identity.application.DataKeyRotation;
import org.healthcode.identity.domain.protection.DataKeyJobStore.DataKeyJob;

@Type("DataKeyRotation")
@Description(
    "The re-encryption of personal fields under the current data key (README, Rotating keys):"
        + " key ids and counts only, never data.")
public record DataKeyRotationView(
    @NonNull @Description("IDLE (never run), RUNNING or DONE.") String state,
    @Description("The key the run re-encrypts under.") String targetKeyId,
    @NonNull @Description("The key this node encrypts new data with.") String currentKeyId,
    @NonNull @Description("Every data key id this node holds, the current one first.")
        List<@NonNull String> keyIds,
    @NonNull @Description("Persons up to this id are done.") BigInteger personCursor,
    @NonNull @Description("Accounts up to this id are done.") BigInteger accountCursor,
    @NonNull @Description("Rows looked at by the run.") BigInteger rowsExamined,
    @NonNull @Description("Fields the run sealed again under the target key.")
        BigInteger fieldsReencrypted,
    @Description("Who started the run.") String startedBy,
    @Description("When the run started.") Instant startedAt,
    @Description("When the run last committed a batch.") Instant updatedAt,
    @Description("When the run finished.") Instant finishedAt,
    @NonNull
        @Description(
            "Sealed fields per key id, counted over every encrypted column when asked with"
                + " countFields: a key may be removed once it holds none.")
        List<@NonNull DataKeyUsage> fieldsByKey) {

  @Type("DataKeyUsage")
  @Description("How many sealed fields one key id holds.")
  public record DataKeyUsage(
      @NonNull @Description("The key id.") String keyId,
      @NonNull @Description("Sealed fields under it.") BigInteger fields) {}

  static DataKeyRotationView of(DataKeyRotation.Status status) {
    DataKeyJob job = status.job();
    return new DataKeyRotationView(
        job.state(),
        job.targetKeyId(),
        status.currentKeyId(),
        status.keyIds(),
        BigInteger.valueOf(job.personCursor()),
        BigInteger.valueOf(job.accountCursor()),
        BigInteger.valueOf(job.rowsExamined()),
        BigInteger.valueOf(job.fieldsReencrypted()),
        job.startedBy(),
        job.startedAt(),
        job.updatedAt(),
        job.finishedAt(),
        status.fieldsByKeyId().entrySet().stream()
            .map(e -> new DataKeyUsage(e.getKey(), BigInteger.valueOf(e.getValue())))
            .toList());
  }
}
