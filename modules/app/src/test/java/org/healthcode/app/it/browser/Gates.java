package org.healthcode.app.it.browser;

import org.healthcode.app.it.support.Browser;
import org.healthcode.app.it.support.Venues;

/** An entry point with a device credential, set up through the API as the operator would. */
record Gates(String operator, String venue, String entryPoint, String credentialId, String secret) {

  /** Opens the scanner page in the browser and signs the device in with this credential. */
  Browser signIn(Browser scanner) {
    scanner.open("/scanner/");
    scanner.type("#f-credentialId", credentialId);
    scanner.type("#f-secret", secret);
    scanner.click("#device-sign-in");
    return scanner;
  }

  /** The credential, as the API takes it. */
  Venues.Credential credential() {
    return new Venues.Credential(credentialId, secret);
  }

  static Gates newGate(String category) {
    String operator = Venues.newOperator();
    String venue = Venues.registerVenue(operator, category, "HEPING");
    String entryPoint = Venues.addEntryPoint(operator, venue, "North gate");
    Venues.Credential issued = Venues.issueCredential(operator, entryPoint);
    return new Gates(operator, venue, entryPoint, issued.credentialId(), issued.secret());
  }
}
