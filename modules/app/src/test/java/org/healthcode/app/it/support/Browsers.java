package org.healthcode.app.it.support;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension that opens browsers for a test and closes them after it, with a screenshot of
 * each under target/screenshots/ when the test failed. Use as {@code @RegisterExtension final
 * Browsers browsers = new Browsers();} in a browser test.
 */
public final class Browsers implements AfterEachCallback {

  private final List<Browser> open = new ArrayList<>();

  /** Opens a new browser; {@code name} names its screenshots. */
  public Browser open(String name, Browser.Options options) {
    Browser browser = new Browser(name, options);
    open.add(browser);
    return browser;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (Browser browser : open) {
      try {
        if (context.getExecutionException().isPresent()) {
          browser.screenshot(
              "failed-" + context.getRequiredTestMethod().getName() + "-" + browser.name());
        }
      } catch (Exception e) {
        // the screenshot is a help, not the point; the test's own failure is reported
      } finally {
        browser.close();
      }
    }
    open.clear();
  }
}
