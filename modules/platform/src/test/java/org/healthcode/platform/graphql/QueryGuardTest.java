package org.healthcode.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.analysis.QueryTraverser;
import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cost model on the real, committed schema (graphql-schema/schema.graphql). */
class QueryGuardTest {

  private static GraphQLSchema schema;

  private final QueryGuard guard =
      new QueryGuard(100_000, 30, Map.of("ColourCountDay.counts", 60, "Query.colourCounts", 60));

  @BeforeAll
  static void readSchema() throws IOException {
    TypeDefinitionRegistry types =
        new SchemaParser().parse(Files.readString(Path.of("../../graphql-schema/schema.graphql")));
    RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
    types
        .scalars()
        .keySet()
        .forEach(
            name -> {
              if (!graphql.schema.idl.ScalarInfo.isGraphqlSpecifiedScalar(name)) {
                wiring.scalar(
                    graphql.schema.GraphQLScalarType.newScalar()
                        .name(name)
                        .coercing(
                            new graphql.schema.Coercing<Object, Object>() {
                              @Override
                              public Object parseLiteral(
                                  graphql.language.Value<?> input,
                                  graphql.execution.CoercedVariables variables,
                                  graphql.GraphQLContext context,
                                  java.util.Locale locale) {
                                return ((graphql.language.StringValue) input).getValue();
                              }
                            })
                        .build());
              }
            });
    schema = new SchemaGenerator().makeExecutableSchema(types, wiring.build());
  }

  private long cost(String query) {
    return guard.costOf(
        QueryTraverser.newQueryTraverser()
            .schema(schema)
            .document(Parser.parse(query))
            .coercedVariables(CoercedVariables.emptyVariables())
            .build());
  }

  @Test
  void cost_WhenScalarFieldsOnly_CountsOneEach() {
    assertThat(cost("{ consentNoticeVersion }")).isEqualTo(1);
  }

  @Test
  void cost_WhenAListWithoutSize_MultipliesByTheDefault() {
    assertThat(cost("{ colours { colour } }")).isEqualTo(1 + QueryGuard.DEFAULT_LIST_SIZE);
  }

  @Test
  void cost_WhenAPageSizeIsGiven_MultipliesByIt() {
    assertThat(cost("{ rules(first: 50) { edges { cursor } } }")).isEqualTo(1 + 50 * 2);
  }

  @Test
  void cost_WhenNoPageSizeIsGiven_MultipliesByTheDefaultPage() {
    assertThat(cost("{ rules { edges { cursor } } }")).isEqualTo(1 + 20 * 2);
  }

  @Test
  void cost_WhenADateRange_MultipliesByItsDays() {
    long year =
        cost(
            "{ colourCountSeries(from: \"2025-12-01\", to: \"2026-11-30\")"
                + " { day counts { colour district count } } }");

    assertThat(year).isEqualTo(1 + 365 * (1 + (1 + 60 * 3)));
  }

  @Test
  void cost_WhenAliasesRepeatAField_AddsEachOnce() {
    String series = "colourCountSeries(from: \"2025-12-01\", to: \"2026-11-30\") { day }";

    assertThat(cost("{ a: " + series + " b: " + series + " }")).isEqualTo(2 * (1 + 365));
  }

  @Test
  void cost_WhenIntrospecting_CountsOneAField() {
    assertThat(cost("{ __schema { types { name fields { name } } } }")).isEqualTo(5);
  }

  @Test
  void cost_WhenTypenameIsAsked_CountsOne() {
    assertThat(cost("{ __typename colours { __typename colour } }")).isEqualTo(1 + 1 + 10 * 2);
  }

  @Test
  void days_WhenUnreadable_CountsTheLongestRange() {
    assertThat(QueryGuard.days("no", "2026-01-01")).isEqualTo(366);
  }
}
