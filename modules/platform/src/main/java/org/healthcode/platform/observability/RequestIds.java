package org.healthcode.platform.observability;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id that its answer carries ({@code X-Request-Id}) and that every log
 * record written while it runs carries too (docs/adr/0029): Liberty's JSON logs show it as {@code
 * ext_requestId}. An id sent by the client or a load balancer is kept when it is 8 to 64 of {@code
 * [A-Za-z0-9._-]} (anything else could forge log lines); otherwise one is made: 16 hex digits.
 *
 * <p>The log context is Liberty's {@code LogRecordContext}, reached through a method handle so the
 * war needs no Liberty jar and runs elsewhere without it.
 */
public class RequestIds implements Filter {

  public static final String HEADER = "X-Request-Id";
  static final String EXTENSION = "requestId";

  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
  private static final MethodHandle ADD =
      handle("addExtension", MethodType.methodType(void.class, String.class, String.class));
  private static final MethodHandle REMOVE =
      handle("removeExtension", MethodType.methodType(boolean.class, String.class));

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = idOf(((HttpServletRequest) request).getHeader(HEADER));
    ((HttpServletResponse) response).setHeader(HEADER, id);
    invoke(ADD, id);
    try {
      chain.doFilter(request, response);
    } finally {
      invoke(REMOVE, null);
    }
  }

  /** The client's id when acceptable, else a fresh one. */
  static String idOf(String sent) {
    if (sent != null && ACCEPTED.matcher(sent).matches()) {
      return sent;
    }
    return String.format("%016x", ThreadLocalRandom.current().nextLong());
  }

  private static void invoke(MethodHandle handle, String id) {
    if (handle == null) {
      return;
    }
    try {
      if (id == null) {
        boolean removed = (boolean) handle.invokeExact(EXTENSION);
      } else {
        handle.invokeExact(EXTENSION, id);
      }
    } catch (Throwable e) {
      // the log context is a convenience: a request never fails for it
    }
  }

  private static MethodHandle handle(String method, MethodType type) {
    try {
      Class<?> context = Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext");
      return MethodHandles.publicLookup().findStatic(context, method, type);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }
}
