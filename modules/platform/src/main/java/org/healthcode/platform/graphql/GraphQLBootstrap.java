package org.healthcode.platform.graphql;

import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.api.Entry;
import io.smallrye.graphql.api.Namespace;
import io.smallrye.graphql.api.OneOf;
import io.smallrye.graphql.cdi.producer.GraphQLProducer;
import io.smallrye.graphql.schema.SchemaBuilder;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.servlet.SchemaServlet;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Repeatable;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthcode.platform.config.RuntimeMode;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.CompositeIndex;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexReader;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;

/**
 * Builds the GraphQL schema when the application starts.
 *
 * <p>Replaces SmallRye's own startup listener, which finds classes through {@code
 * getRealPath("WEB-INF/lib")} and fails on Liberty (null for a packaged or loose war). Every module
 * jar instead carries a Jandex index written at build time under {@link #MODULE_INDEX}; the schema
 * is built from exactly those indexes, so each module contributes its own operations and types.
 */
public class GraphQLBootstrap implements ServletContextListener {

  /** The index file each module jar carries (see the jandex-maven-plugin in the module poms). */
  public static final String MODULE_INDEX = "META-INF/healthcode.idx";

  private static final Logger LOG = Logger.getLogger(GraphQLBootstrap.class.getName());

  @Inject GraphQLProducer graphQLProducer;

  @Inject RuntimeMode runtimeMode;

  @Inject
  @ConfigProperty(name = "smallrye.graphql.parser.maxTokens")
  int maxTokens;

  @Inject
  @ConfigProperty(name = "smallrye.graphql.parser.maxWhitespaceTokens")
  int maxWhitespaceTokens;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    // SmallRye hands its parser settings to graphql-java's default *document* options, but queries
    // are parsed with the *operation* options: set those here, or the size limit never applies
    ParserOptions.setDefaultOperationParserOptions(
        ParserOptions.getDefaultOperationParserOptions()
            .transform(
                options -> options.maxTokens(maxTokens).maxWhitespaceTokens(maxWhitespaceTokens)));
    IndexView index = moduleIndex(Thread.currentThread().getContextClassLoader());
    Schema schema = SchemaBuilder.build(index);
    if (!runtimeMode.isDevelopment()) {
      removeDevelopmentOnly(schema, index);
    }
    GraphQLSchema graphQLSchema = graphQLProducer.initialize(schema);
    event.getServletContext().setAttribute(SchemaServlet.SCHEMA_PROP, graphQLSchema);
    LOG.info(
        () ->
            "GraphQL schema built: "
                + graphQLSchema.getQueryType().getFieldDefinitions().size()
                + " queries, "
                + (graphQLSchema.getMutationType() == null
                    ? 0
                    : graphQLSchema.getMutationType().getFieldDefinitions().size())
                + " mutations");
  }

  /**
   * Production leaves every {@link DevelopmentOnly} operation out of the schema: absent, not
   * refused.
   */
  static void removeDevelopmentOnly(Schema schema, IndexView index) {
    Set<String> developmentOnly = new HashSet<>();
    for (AnnotationInstance annotation :
        index.getAnnotations(DotName.createSimple(DevelopmentOnly.class.getName()))) {
      if (annotation.target().kind() == AnnotationTarget.Kind.METHOD) {
        MethodInfo method = annotation.target().asMethod();
        developmentOnly.add(method.declaringClass().name() + "#" + method.name());
      }
    }
    Predicate<Operation> isDevelopmentOnly =
        operation ->
            developmentOnly.contains(operation.getClassName() + "#" + operation.getMethodName());
    schema.getQueries().removeIf(isDevelopmentOnly);
    schema.getMutations().removeIf(isDevelopmentOnly);
    schema.getSubscriptions().removeIf(isDevelopmentOnly);
    LOG.info(() -> "Production mode: development-only operations left out: " + developmentOnly);
  }

  static IndexView moduleIndex(ClassLoader classLoader) {
    List<IndexView> indexes = new ArrayList<>();
    try {
      for (URL url : Collections.list(classLoader.getResources(MODULE_INDEX))) {
        try (InputStream in = url.openStream()) {
          indexes.add(new IndexReader(in).read());
        }
      }
      indexes.add(supportTypes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the module indexes", e);
    }
    return CompositeIndex.create(indexes);
  }

  /** JDK and SmallRye types the schema builder looks up but no module jar contains. */
  private static IndexView supportTypes() throws IOException {
    Indexer indexer = new Indexer();
    for (Class<?> type :
        List.of(
            Map.class,
            Entry.class,
            Repeatable.class,
            Deprecated.class,
            io.smallrye.graphql.api.Deprecated.class,
            OneOf.class,
            Namespace.class)) {
      indexer.indexClass(type);
    }
    return indexer.complete();
  }
}
