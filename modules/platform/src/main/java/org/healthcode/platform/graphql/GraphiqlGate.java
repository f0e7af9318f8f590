package org.healthcode.platform.graphql;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.healthcode.platform.config.RuntimeMode;

/**
 * Serves the bundled, offline GraphiQL page and the schema file ({@code /graphql/schema.graphql})
 * in development mode only; 404 in production, where introspection is off too (docs/adr/0016).
 */
public class GraphiqlGate extends HttpFilter {

  @Inject RuntimeMode runtimeMode;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (runtimeMode.isDevelopment()) {
      chain.doFilter(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
