package org.healthcode.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersistedOperationsTest {

  private static final GraphQLSchema SCHEMA =
      new SchemaGenerator()
          .makeExecutableSchema(
              new SchemaParser().parse("type Query { colours(first: Int): [String] }"),
              RuntimeWiring.newRuntimeWiring().build());

  @Test
  void sha256Hex_IsLowerCaseHexOfTheUtf8Bytes() {
    // FIPS 180-2's example "abc"
    assertThat(PersistedOperations.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(PersistedOperations.isSha256Hex(PersistedOperations.sha256Hex("色"))).isTrue();
  }

  @Test
  void isSha256Hex_RefusesUpperCaseShortAndOtherText() {
    assertThat(
            PersistedOperations.isSha256Hex(
                "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"))
        .isFalse();
    assertThat(PersistedOperations.isSha256Hex("ba7816bf")).isFalse();
    assertThat(PersistedOperations.isSha256Hex(null)).isFalse();
  }

  @Test
  void document_ByTheHashOfARegisteredText_IsThatText() {
    String text = "query Colours($n: Int) { colours(first: $n) }";
    PersistedOperations operations =
        PersistedOperations.register(Map.of("colours.graphql", text), SCHEMA);

    assertThat(operations.document(PersistedOperations.sha256Hex(text))).contains(text);
    assertThat(operations.document(PersistedOperations.sha256Hex(text + " "))).isEmpty();
    assertThat(operations.size()).isEqualTo(1);
  }

  @Test
  void register_ADocumentThatDoesNotValidate_StopsTheStartNamingIt() {
    assertThatThrownBy(
            () -> PersistedOperations.register(Map.of("bad.graphql", "{ colours shade }"), SCHEMA))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bad.graphql");
  }

  @Test
  void documentOf_LeavesTheFilesFinalNewlineOut() {
    assertThat(PersistedOperations.documentOf("{ colours }\n")).isEqualTo("{ colours }");
  }
}
