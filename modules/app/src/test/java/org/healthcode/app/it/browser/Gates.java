package org.healthcode.app.it.browser;

import static org.healthcode.app.it.support.Citizens.data;

import jakarta.json.JsonObject;
import java.util.Map;
import org.healthcode.app.it.support.Api;
import org.healthcode.app.it.support.Venues;

/** An entry point with a device credential, set up through the API as the operator would. */
record Gates(String operator, String venue, String entryPoint, String credentialId, String secret) {

  static Gates newGate(String category) {
    String operator = Venues.newOperator();
    String venue = Venues.registerVenue(operator, category, "HEPING");
    String entryPoint = Venues.addEntryPoint(operator, venue, "North gate");
    JsonObject issued =
        data(
            Api.graphql(
                "mutation($ep: ID!) { issueDeviceCredential(entryPointId: $ep)"
                    + " { credentialId secret } }",
                Map.of("ep", entryPoint),
                operator),
            "issueDeviceCredential");
    return new Gates(
        operator, venue, entryPoint, issued.getString("credentialId"), issued.getString("secret"));
  }
}
