package org.healthcode.identity.domain.protection;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The re-encryption job (a new data key for every sealed field) and its batches over the persons
 * and accounts: each batch is committed with the job's cursor, so a run that stops goes on from the
 * last batch.
 */
public interface DataKeyJobStore {

  /** The job as read. */
  record DataKeyJob(
      String state,
      String targetKeyId,
      long personCursor,
      long accountCursor,
      long rowsExamined,
      long fieldsReencrypted,
      String startedBy,
      Instant startedAt,
      Instant updatedAt,
      Instant finishedAt) {}

  /** What one batch did: the last id it looked at (0: none left), rows seen, fields re-sealed. */
  record Batch(long lastId, int rows, int fields) {}

  /** Re-seals one sealed value; empty when it is already under the current key. */
  interface Resealer extends Function<byte[], Optional<byte[]>> {}

  DataKeyJob read();

  /**
   * Starts the job for {@code targetKeyId} from the beginning, unless it is already running for
   * that key (then it goes on where it is): whether a new run was started.
   */
  boolean start(String targetKeyId, String startedBy);

  /** Marks the run for {@code targetKeyId} done. */
  void finish(String targetKeyId);

  /**
   * Re-seals the persons after {@code afterId} (at most {@code limit}) and advances the cursor, in
   * one transaction. A person changed meanwhile is left as it is: it was written by a node under
   * the keys it holds, and the key count shows it.
   */
  Batch personBatch(String targetKeyId, long afterId, int limit, Resealer name, Resealer document);

  /** As {@link #personBatch}, for the accounts' phone numbers. */
  Batch accountBatch(String targetKeyId, long afterId, int limit, Resealer phone);

  /**
   * How many sealed fields each key id holds: the key a retirement would remove must have none. A
   * full scan, for operators only.
   */
  Map<String, Long> fieldsByKeyId();
}
