package org.healthcode.platform.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthcode.platform.error.ErrorCodes;
import org.healthcode.platform.error.HealthCodeException;
import org.healthcode.platform.text.Texts;

/**
 * Checks every operation once it is parsed, validated and its variables are coerced, before any
 * field runs (a graphql-java instrumentation, installed for all operations by {@link
 * QueryGuardInstaller}; docs/adr/0016):
 *
 * <ol>
 *   <li><b>Cost</b>, as GitHub's and Shopify's APIs count it: a field costs 1 plus its selection's
 *       cost times how many items it may return. A paginated field returns up to {@code first}
 *       items (default 20, at most 100); a list field with a {@code from}/{@code to} date range
 *       returns one item per day (at most 366); any other list field returns its configured size
 *       (default {@value #DEFAULT_LIST_SIZE}); the {@code edges} of a connection are counted by the
 *       connection's {@code first}; introspection counts 1 a field. Over the limit: {@code
 *       QUERY_TOO_COSTLY}.
 *   <li><b>Aliases</b>: more than the limit ({@code TOO_MANY_ALIASES}) — each alias asks for the
 *       same work once more.
 *   <li><b>Text</b>: every string argument, at any depth of an input object, must pass {@link
 *       Texts#problem} ({@code BAD_INPUT} naming the field).
 * </ol>
 */
public class QueryGuard extends SimplePerformantInstrumentation {

  /** The size assumed for a list field without a page size or range of its own. */
  public static final int DEFAULT_LIST_SIZE = 10;

  /** A date range's days count at most this much (the longest range any operation accepts). */
  static final int MAX_RANGE_DAYS = 366;

  private final long maxCost;
  private final int maxAliases;
  private final Map<String, Integer> listSizes;

  /**
   * @param maxCost the highest cost a request may have
   * @param maxAliases the most aliases a request may use
   * @param listSizes sizes of list fields by "Type.field", for lists larger than the default
   */
  public QueryGuard(long maxCost, int maxAliases, Map<String, Integer> listSizes) {
    this.maxCost = maxCost;
    this.maxAliases = maxAliases;
    this.listSizes = Map.copyOf(listSizes);
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext context = parameters.getExecutionContext();
    QueryTraverser traverser =
        QueryTraverser.newQueryTraverser()
            .schema(context.getGraphQLSchema())
            .document(context.getDocument())
            .operationName(context.getOperationDefinition().getName())
            .coercedVariables(context.getCoercedVariables())
            .build();
    Measure measure = new Measure();
    traverser.visitPostOrder(measure);
    measure.problem.ifPresent(QueryGuard::abort);
    if (measure.aliases > maxAliases) {
      abort(
          new HealthCodeException(
              ErrorCodes.TOO_MANY_ALIASES,
              "The query uses " + measure.aliases + " aliases; at most " + maxAliases));
    }
    long cost = measure.cost();
    if (cost > maxCost) {
      abort(
          new HealthCodeException(
              ErrorCodes.QUERY_TOO_COSTLY,
              "The query costs " + cost + "; at most " + maxCost + " (README, Query limits)"));
    }
    return super.beginExecuteOperation(parameters, state);
  }

  /** The cost of a query, as this guard counts it (for tests and the README's figures). */
  long costOf(QueryTraverser traverser) {
    Measure measure = new Measure();
    traverser.visitPostOrder(measure);
    return measure.cost();
  }

  private static void abort(GraphQLError error) {
    throw new AbortExecutionException(List.<GraphQLError>of(error));
  }

  private final class Measure extends QueryVisitorStub {

    /** The summed cost of each field's selection, by field; null holds the operation's total. */
    private final Map<QueryVisitorFieldEnvironment, Long> selectionCosts = new HashMap<>();

    private int aliases;

    private Optional<HealthCodeException> problem = Optional.empty();

    @Override
    public void visitField(QueryVisitorFieldEnvironment field) {
      if (field.getField().getAlias() != null) {
        aliases++;
      }
      if (problem.isEmpty()) {
        problem = textProblem(field.getArguments());
      }
      long selection = selectionCosts.getOrDefault(field, 0L);
      long own = saturated(1 + saturated((long) multiplier(field) * selection));
      selectionCosts.merge(field.getParentEnvironment(), own, (a, b) -> saturated(a + b));
    }

    long cost() {
      return selectionCosts.getOrDefault(null, 0L);
    }
  }

  private static long saturated(long value) {
    return value < 0 ? Long.MAX_VALUE : value;
  }

  /** How many times a field's selection is produced. */
  int multiplier(QueryVisitorFieldEnvironment field) {
    if (field.isTypeNameIntrospectionField()) {
      return 1; // __typename has no fields container
    }
    GraphQLFieldDefinition definition = field.getFieldDefinition();
    String parent = field.getFieldsContainer().getName();
    if (definition.getName().startsWith("__") || parent.startsWith("__")) {
      return 1; // introspection: bounded by the schema, and off in production
    }
    Map<String, Object> arguments = field.getArguments();
    if (definition.getArgument("first") != null) {
      Object first = arguments.get("first");
      int size = first instanceof Number n ? n.intValue() : Pagination.DEFAULT_PAGE_SIZE;
      return Math.max(1, Math.min(size, Pagination.MAX_PAGE_SIZE));
    }
    GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
    if (!(type instanceof GraphQLList)) {
      return 1;
    }
    if (parent.endsWith("Connection") && definition.getName().equals("edges")) {
      return 1; // counted by the connection's first
    }
    if (definition.getArgument("from") != null && definition.getArgument("to") != null) {
      return days(arguments.get("from"), arguments.get("to"));
    }
    return listSizes.getOrDefault(parent + "." + definition.getName(), DEFAULT_LIST_SIZE);
  }

  /** The days of a range, both ends counted; the longest accepted when they cannot be read. */
  static int days(Object from, Object to) {
    Optional<LocalDate> start = dateOf(from);
    Optional<LocalDate> end = dateOf(to);
    if (start.isEmpty() || end.isEmpty()) {
      return MAX_RANGE_DAYS;
    }
    long days = ChronoUnit.DAYS.between(start.get(), end.get()) + 1;
    return (int) Math.max(1, Math.min(days, MAX_RANGE_DAYS));
  }

  private static Optional<LocalDate> dateOf(Object value) {
    try {
      if (value instanceof LocalDate date) {
        return Optional.of(date);
      }
      if (value instanceof Temporal temporal) {
        return Optional.of(LocalDate.from(temporal));
      }
      if (value instanceof String text) {
        return Optional.of(
            text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate());
      }
    } catch (RuntimeException e) {
      // not a date: the operation refuses it itself; count the longest range meanwhile
    }
    return Optional.empty();
  }

  /**
   * The first text among a field's arguments that {@link Texts} refuses, as a BAD_INPUT naming its
   * field the way our refusals do: an input object's own field ({@code name}, {@code
   * stays[1].address}), else the argument.
   */
  static Optional<HealthCodeException> textProblem(Map<String, Object> arguments) {
    for (Map.Entry<String, Object> argument : arguments.entrySet()) {
      Optional<HealthCodeException> problem =
          textProblem(argument.getValue(), argument.getKey(), true);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<HealthCodeException> textProblem(
      Object value, String field, boolean argument) {
    if (value instanceof String text) {
      return Texts.problem(text)
          .map(
              problem ->
                  new HealthCodeException(
                      ErrorCodes.BAD_INPUT, field, field + ": " + problem.text()));
    }
    if (value instanceof Map<?, ?> object) {
      for (Map.Entry<?, ?> entry : object.entrySet()) {
        String name = String.valueOf(entry.getKey());
        Optional<HealthCodeException> problem =
            textProblem(entry.getValue(), argument ? name : field + "." + name, false);
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Optional<HealthCodeException> problem =
            textProblem(list.get(i), field + "[" + i + "]", false);
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    return Optional.empty();
  }
}
