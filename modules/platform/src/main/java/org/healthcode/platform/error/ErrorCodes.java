package org.healthcode.platform.error;

/**
 * The error codes shared by every module. Modules add their own next to their domain; all codes are
 * part of the API contract and never change meaning once published.
 */
public final class ErrorCodes {

  /** Input that is malformed or breaks a rule; the message says which field and why. */
  public static final String BAD_INPUT = "BAD_INPUT";

  /** The thing asked for does not exist (or is not visible to the caller). */
  public static final String NOT_FOUND = "NOT_FOUND";

  /** No valid credentials came with a request that needs them. */
  public static final String UNAUTHENTICATED = "UNAUTHENTICATED";

  /** The caller is known but lacks the role or ownership the operation requires. */
  public static final String FORBIDDEN = "FORBIDDEN";

  /** The query is deeper than the configured limit. */
  public static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";

  /** The query's field count (complexity) is above the configured limit. */
  public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

  /**
   * The query's cost (each field times the items its list or page may return) is above the limit
   * (README, "Query limits").
   */
  public static final String QUERY_TOO_COSTLY = "QUERY_TOO_COSTLY";

  /** The query uses more aliases than the limit allows. */
  public static final String TOO_MANY_ALIASES = "TOO_MANY_ALIASES";

  /** The query text is larger than the parser accepts. */
  public static final String QUERY_TOO_LARGE = "QUERY_TOO_LARGE";

  /** The query does not parse or does not match the schema. */
  public static final String INVALID_QUERY = "INVALID_QUERY";

  /**
   * A request names a persisted document by its SHA-256 that this server does not hold: send the
   * document itself (docs/adr/0040).
   */
  public static final String PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

  /** A request's query text does not have the SHA-256 it names (docs/adr/0040). */
  public static final String PERSISTED_QUERY_HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH";

  /**
   * A write met concurrent changes of the same data on the cluster, or its database node went away,
   * and was not done: send the same request again (docs/adr/0023).
   */
  public static final String TRY_AGAIN = "TRY_AGAIN";

  /**
   * Too many requests of this kind from this client address, or from everyone at once (sign-in
   * codes, docs/adr/0026): nothing was done; {@code extensions.retryAfterSeconds} and the {@code
   * Retry-After} header say when to try again.
   */
  public static final String RATE_LIMITED = "RATE_LIMITED";

  /**
   * The server node is saturated and shed the request before doing anything (HTTP 503, {@code
   * Retry-After}, docs/adr/0026): send it again after that many seconds.
   */
  public static final String OVERLOADED = "OVERLOADED";

  /**
   * The database cannot be reached (refused, lost or silent past its timeouts, docs/adr/0019) and
   * the operation was not done; answered at once instead of INTERNAL so that an app can say so and
   * keep what it has (docs/adr/0035). Try again shortly.
   */
  public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

  /** Something failed on our side; the details are in the server log, not in the response. */
  public static final String INTERNAL = "INTERNAL";

  private ErrorCodes() {}
}
