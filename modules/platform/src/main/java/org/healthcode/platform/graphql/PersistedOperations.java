package org.healthcode.platform.graphql;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLSchema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The documents a client may name by their SHA-256 instead of sending them (docs/adr/0040): an
 * allow-list registered when the application starts, each parsed and validated against the schema
 * once then, so a bad one stops the start instead of failing its first request. The wire form is
 * Apollo's Automatic Persisted Queries ({@code extensions.persistedQuery.sha256Hash}, lower-case
 * hex of the document's UTF-8 bytes), without its registration step: a document sent with its hash
 * is run as any document, never stored, so no client can fill the server's memory.
 */
public final class PersistedOperations {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private final Map<String, String> documentsByHash;

  private PersistedOperations(Map<String, String> documentsByHash) {
    this.documentsByHash = Map.copyOf(documentsByHash);
  }

  /**
   * The given documents (name to text), each checked against {@code schema}.
   *
   * @throws IllegalStateException naming the first document that does not parse or validate
   */
  public static PersistedOperations register(Map<String, String> documents, GraphQLSchema schema) {
    Map<String, String> byHash = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : documents.entrySet()) {
      String document = entry.getValue();
      if (schema != null) {
        ParseAndValidateResult checked =
            ParseAndValidate.parseAndValidate(
                schema, ExecutionInput.newExecutionInput(document).build());
        if (checked.isFailure()) {
          throw new IllegalStateException(
              "Persisted operation " + entry.getKey() + " is not valid: " + checked.getErrors());
        }
      }
      // the one String instance every request of this document executes: SmallRye's parsed-
      // document cache finds it by equals, which is identity first, with its hash code kept
      byHash.put(sha256Hex(document), document.intern());
    }
    return new PersistedOperations(byHash);
  }

  /** The document with this hash, if registered. */
  public Optional<String> document(String sha256Hex) {
    return Optional.ofNullable(documentsByHash.get(sha256Hex));
  }

  /** How many documents are registered. */
  public int size() {
    return documentsByHash.size();
  }

  /** Whether the text is a SHA-256 as the wire form writes it: 64 lower-case hex digits. */
  public static boolean isSha256Hex(String text) {
    return text != null && SHA256_HEX.matcher(text).matches();
  }

  /** Lower-case hex of the SHA-256 of the text's UTF-8 bytes. */
  public static String sha256Hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * A document as kept in a file: without its trailing white space (an editor's final newline is
   * not part of what clients hash).
   */
  public static String documentOf(String fileText) {
    return fileText.stripTrailing();
  }
}
