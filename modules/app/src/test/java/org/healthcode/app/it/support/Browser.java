package org.healthcode.app.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, docs/adr/0020)
 * driven through WebDriver: a phone-sized or desktop window, a language, and optionally a fake
 * camera playing a {@code .y4m} file. Opened through {@link Browsers}, which closes it after the
 * test and screenshots it when the test failed. Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

  /** Where screenshots and printed PDFs go, for review. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final String CHROMIUM =
      System.getProperty("healthcode.it.chromium", "/usr/lib/chromium/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("healthcode.it.chromedriver", "/usr/bin/chromedriver");

  private final String name;
  private final ChromeDriver driver;

  /** How a browser is opened: window size, language, fake camera. */
  public record Options(int width, int height, boolean mobile, String language, Path fakeCamera) {

    /** A phone: a 390 × 844 CSS pixel touch screen (mobile emulation). */
    public static Options phone(String language) {
      return new Options(390, 844, true, language, null);
    }

    /** A tablet or desktop window, as at a gate. */
    public static Options desk(String language) {
      return new Options(1100, 800, false, language, null);
    }

    /** The same with a camera that plays {@code y4m} over and over. */
    public Options camera(Path y4m) {
      return new Options(width, height, mobile, language, y4m);
    }
  }

  Browser(String name, Options options) {
    this.name = name;
    ChromeOptions chrome = new ChromeOptions();
    chrome.setBinary(CHROMIUM);
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                // the machine's network is closed: Chromium's own calls home only add refused
                // connections and lookups under load (FACTS.md)
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + options.width() + "," + options.height(),
                "--lang=" + options.language(),
                "--autoplay-policy=no-user-gesture-required",
                "--use-fake-ui-for-media-stream"));
    if (options.fakeCamera() != null) {
      arguments.add("--use-fake-device-for-media-stream");
      arguments.add("--use-file-for-fake-video-capture=" + options.fakeCamera().toAbsolutePath());
    }
    chrome.addArguments(arguments);
    if (options.mobile()) {
      chrome.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of(
                  "width",
                  options.width(),
                  "height",
                  options.height(),
                  "pixelRatio",
                  1.0,
                  "touch",
                  true)));
    }
    chrome.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // for awaitOrExplain
    chrome.setExperimentalOption("prefs", Map.of("intl.accept_languages", options.language()));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, chrome);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a path of the deployed application, e.g. "/" or "/scanner/". */
  public Browser open(String path) {
    driver.get(Api.base().resolve(path.startsWith("/") ? path.substring(1) : path).toString());
    return this;
  }

  public WebElement await(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement await(String css) {
    return await(By.cssSelector(css));
  }

  /**
   * Waits up to {@code seconds} for {@code css} to be visible; if it never is, the failure names
   * what the page said instead: the texts of the {@code explaining} elements and the console.
   */
  public WebElement awaitOrExplain(String css, int seconds, String... explaining) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(seconds))
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    } catch (org.openqa.selenium.TimeoutException e) {
      StringBuilder said =
          new StringBuilder(css + " not shown in " + seconds + " s; the page said:");
      for (String other : explaining) {
        driver.findElements(By.cssSelector(other)).stream()
            .map(WebElement::getText)
            .forEach(text -> said.append("\n  ").append(other).append(": ").append(text));
      }
      try {
        driver
            .manage()
            .logs()
            .get(org.openqa.selenium.logging.LogType.BROWSER)
            .getAll()
            .forEach(entry -> said.append("\n  console: ").append(entry.getMessage()));
      } catch (RuntimeException noLog) {
        said.append("\n  (no console log)");
      }
      throw new AssertionError(said.toString(), e);
    }
  }

  /** Waits until the element's text contains {@code text}. */
  public WebElement awaitText(String css, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return driver.findElement(By.cssSelector(css));
  }

  public void click(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
        .click();
  }

  /** Types into an input, after clearing it. */
  public void type(String css, String text) {
    WebElement input = await(css);
    input.clear();
    input.sendKeys(text);
  }

  /** Sets a value as a script would (date inputs, whose typing depends on the locale). */
  public void set(String css, String value) {
    WebElement input = await(css);
    script(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        input,
        value);
  }

  public void select(String css, String value) {
    set(css, value);
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /**
   * The text of the QR code the page shows in an {@code <img>}: the page's own image drawn into a
   * canvas at 4× and decoded with ZXing, as a camera would read it from the screen.
   */
  public String decodeQr(String imgCss) throws Exception {
    WebElement image = await(imgCss);
    Object png =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const img = arguments[0], done = arguments[arguments.length - 1];"
                    + " const draw = () => { const c = document.createElement('canvas');"
                    + " const side = Math.max(img.naturalWidth, 100) * 4; c.width = side;"
                    + " c.height = side; const g = c.getContext('2d'); g.fillStyle = '#fff';"
                    + " g.fillRect(0, 0, side, side); g.imageSmoothingEnabled = false;"
                    + " g.drawImage(img, 0, 0, side, side);"
                    + " done(c.toDataURL('image/png').split(',')[1]); };"
                    + " img.complete ? draw() : img.addEventListener('load', draw);",
                image);
    return QrDecoding.decode((String) png);
  }

  /** Saves a screenshot of the window as target/screenshots/{file}.png. */
  public Path screenshot(String file) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path target = SCREENSHOTS.resolve(file + ".png");
    Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    return target;
  }

  /** Saves a screenshot of the whole page, beyond the window, as target/screenshots/{file}.png. */
  public Path fullScreenshot(String file) throws IOException {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) size.get("width")).doubleValue();
    double height = Math.min(((Number) size.get("height")).doubleValue(), 4000);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.createDirectories(SCREENSHOTS);
    Path target = SCREENSHOTS.resolve(file + ".png");
    Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
    return target;
  }

  /** Prints the page as the browser would on A4 paper and saves the PDF; returns its bytes. */
  public byte[] printA4(String file) throws IOException {
    PrintOptions print = new PrintOptions();
    print.setPageSize(new PageSize(29.7, 21.0));
    print.setBackground(true);
    Pdf pdf = driver.print(print);
    byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(file + ".pdf"), bytes);
    return bytes;
  }

  public String name() {
    return name;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
