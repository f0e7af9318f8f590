package org.healthcode.platform.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Chains {@link QueryGuard} after the instrumentations SmallRye installs (depth, field count, its
 * query cache), so that every operation passes it. SmallRye finds this class through {@code
 * META-INF/services/io.smallrye.graphql.spi.EventingService}; it has no switch of its own (null
 * config key: always on).
 */
public class QueryGuardInstaller implements EventingService {

  @Override
  public String getConfigKey() {
    return null;
  }

  @Override
  public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
    // the builder has no getter: build once to read what SmallRye installed, then chain ours after
    // it (depth and field count are cheaper and keep their codes)
    Instrumentation installed = builder.build().getInstrumentation();
    return builder.instrumentation(new ChainedInstrumentation(List.of(installed, guard())));
  }

  static QueryGuard guard() {
    Config config = ConfigProvider.getConfig();
    long maxCost = config.getValue("healthcode.graphql.maxCost", Long.class);
    int maxAliases = config.getValue("healthcode.graphql.maxAliases", Integer.class);
    Map<String, Integer> listSizes = new HashMap<>();
    for (String entry :
        config
            .getOptionalValue("healthcode.graphql.listSizes", String[].class)
            .orElse(new String[0])) {
      String[] parts = entry.trim().split(":");
      listSizes.put(parts[0].trim(), Integer.parseInt(parts[1].trim()));
    }
    return new QueryGuard(maxCost, maxAliases, listSizes);
  }
}
