package org.healthcode.benchmark.noop;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The bare-Liberty baseline (docs/adr/0014): does nothing but answer. bench.sh deploys it as a
 * separate expanded war ({@code dropins/noop.war}) in the benchmark's Liberty server only; it is
 * never part of the application.
 */
@WebServlet("/noop")
public class NoopServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final byte[] OK = {'o', 'k'};

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.setContentLength(OK.length);
    response.getOutputStream().write(OK);
  }
}
