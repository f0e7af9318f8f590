package org.healthcode.app.it.support;

import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.graphql.client.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Staff accounts for tests: the development bootstrap admin, new accounts, sign-in. */
public final class Staff {

  /** Created at startup in development mode (BootstrapAdmin). */
  public static final String ADMIN = "admin";

  public static final String ADMIN_PASSWORD = "development-admin-password";

  public static final String PASSWORD = "a long enough test password";

  private static final String SIGN_IN =
      "mutation($u: String!, $p: String!) {"
          + " staffSignIn(username: $u, password: $p) { token expiresAt roles } }";

  private static final String CREATE =
      "mutation($input: StaffAccountInput!) {"
          + " createStaffAccount(input: $input) { username roles enabled createdAt } }";

  private Staff() {}

  /** A username no other test uses. */
  public static String uniqueUsername(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static Response signIn(String username, String password) {
    return Api.graphql(SIGN_IN, Map.of("u", username, "p", password), null);
  }

  /** The token of a successful sign-in; fails the test otherwise. */
  public static String token(String username, String password) {
    Response response = signIn(username, password);
    if (response.hasError()) {
      throw new AssertionError("sign-in of " + username + " failed: " + response.getErrors());
    }
    return response.getData().getJsonObject("staffSignIn").getString("token");
  }

  public static String adminToken() {
    return token(ADMIN, ADMIN_PASSWORD);
  }

  public static Response create(String adminToken, String username, List<String> roles) {
    return Api.graphql(
        CREATE,
        Map.of("input", Map.of("username", username, "password", PASSWORD, "roles", roles)),
        adminToken);
  }

  /** A new account with the roles and {@link #PASSWORD}, created by the bootstrap admin. */
  public static String createAccount(String prefix, String... roles) {
    String username = uniqueUsername(prefix);
    Response response = create(adminToken(), username, List.of(roles));
    if (response.hasError()) {
      throw new AssertionError("creating " + username + " failed: " + response.getErrors());
    }
    return username;
  }

  /** The codes of the response's errors, in order. */
  public static List<Object> codes(Response response) {
    return response.getErrors() == null
        ? List.of()
        : response.getErrors().stream()
            .map(GraphQLError::getExtensions)
            .map(extensions -> extensions.get("code"))
            .toList();
  }
}
