package org.healthcode.identity.graphql;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.healthcode.identity.application.StaffAccounts;
import org.healthcode.identity.domain.staff.StaffAccountSummary;
import org.healthcode.identity.domain.staff.StaffSignIn;
import org.healthcode.platform.graphql.PageInfo;
import org.healthcode.platform.graphql.Pagination;
import org.healthcode.platform.security.Role;

/** Staff sign-in and staff account administration (DESIGN §1, §2). */
@GraphQLApi
@ApplicationScoped
public class StaffApi {

  @Inject StaffAccounts accounts;

  @Mutation("staffSignIn")
  @PermitAll
  @Description(
      "Signs a staff member in with username and password. Any wrong detail gives"
          + " INVALID_CREDENTIALS. After 5 failures for a username or 10 from an address within"
          + " 15 minutes, each further try waits a doubling delay (up to 30 s per username, 15 min"
          + " per address); a try made earlier gives SIGN_IN_DELAYED with"
          + " extensions.retryAfterSeconds. Public.")
  public @NonNull StaffSignInResult staffSignIn(
      @NonNull @Name("username") @Description("The sign-in name.") String username,
      @NonNull @Name("password") @Description("The password.") String password) {
    StaffSignIn signIn = accounts.signIn(username, password);
    return new StaffSignInResult(
        signIn.token().token(),
        signIn.token().expiresAt(),
        signIn.roles().stream().map(StaffRole::of).sorted().toList());
  }

  @Mutation("createStaffAccount")
  @RolesAllowed("ADMIN")
  @Description("Creates an enabled staff account. Audited. ADMIN only.")
  public @NonNull StaffAccountView createStaffAccount(
      @NonNull @Name("input") @Description("The account.") StaffAccountInput input) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    input.roles().forEach(role -> roles.add(role.role()));
    return StaffAccountView.of(accounts.create(input.username(), input.password(), roles));
  }

  @Mutation("disableStaffAccount")
  @RolesAllowed("ADMIN")
  @Description(
      "Disables a staff account: it can no longer sign in (tokens already issued expire within"
          + " their short lifetime). Audited with the reason. ADMIN only.")
  public @NonNull StaffAccountView disableStaffAccount(
      @NonNull @Name("username") @Description("The account.") String username,
      @NonNull @Name("reason") @Description("Why, 1 to 500 characters; kept in the audit log.")
          String reason) {
    return StaffAccountView.of(accounts.disable(username, reason));
  }

  @Query("staffAccounts")
  @RolesAllowed("ADMIN")
  @Description("Staff accounts in username order, a page at a time. ADMIN only.")
  public @NonNull StaffAccountConnection staffAccounts(
      @Name("first") @Description("Page size, 1 to 100; 20 if omitted.") Integer first,
      @Name("after") @Description("The endCursor of the previous page; omit for the first.")
          String after) {
    int size = Pagination.pageSize(first);
    List<StaffAccountSummary> page = accounts.page(Pagination.position(after), size + 1);
    List<StaffAccountEdge> edges =
        page.subList(0, Math.min(size, page.size())).stream()
            .map(a -> new StaffAccountEdge(Pagination.cursor(a.username()), StaffAccountView.of(a)))
            .toList();
    String endCursor = edges.isEmpty() ? after : edges.get(edges.size() - 1).cursor();
    return new StaffAccountConnection(edges, new PageInfo(page.size() > size, endCursor));
  }
}
