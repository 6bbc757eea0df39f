package org.edition.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's real Chromium, headless, driven through chromium-driver. Its network is closed to every
 * other host, so a page that tries to load anything from outside fails visibly.
 */
public final class Browser {
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** Loads a page and waits until it has finished loading and its scripts have run. */
    public static void open(ChromeDriver driver, String url) {
        driver.get(url);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState"))
                        && !d.findElements(org.openqa.selenium.By.cssSelector("footer.site-footer")).isEmpty());
    }

    /** Waits until the search page has shown its results (or said why not): it loads its index parts after the page. */
    public static void searched(ChromeDriver driver) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                !d.findElements(org.openqa.selenium.By.cssSelector("#search-status[data-state=done]")).isEmpty());
    }

    /** Console messages of the page so far that report errors (failed loads, CSP refusals, script errors). */
    public static java.util.List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(e -> e.getMessage()).toList();
    }

    /**
     * Starts a headless Chromium of the given window width.
     *
     * @throws AssertionError if chromium or chromium-driver is not installed (`.ci/run` installs them)
     */
    public static ChromeDriver start(int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new AssertionError("the browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + DRIVER + "): apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--allow-file-access-from-files", "--window-size=" + width + "," + height,
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
