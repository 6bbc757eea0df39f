package org.edition.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The current axe-core ({@link Axe}), in a real Chromium, finds no serious or critical violation on
 * any page of the seed site, in the light and the dark colour scheme (the system preference,
 * emulated) and at desktop and phone width (375 px).
 */
class AccessibilityTest {
    /** How a reader sees the site: window width and colour scheme. */
    enum View {
        WIDE_LIGHT(1400, "light"), WIDE_DARK(1400, "dark"), PHONE_LIGHT(375, "light"), PHONE_DARK(375, "dark");

        final int width;
        final String scheme;

        View(int width, String scheme) {
            this.width = width;
            this.scheme = scheme;
        }
    }

    static SiteServer server;
    static final Map<Integer, ChromeDriver> BROWSERS = new java.util.TreeMap<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = new SiteServer(BuiltSeedSite.folder(), "/edition/");
    }

    @AfterAll
    static void stop() {
        BROWSERS.values().forEach(ChromeDriver::quit);
        BROWSERS.clear();
        if (server != null) {
            server.close();
        }
    }

    private static ChromeDriver browser(View view) {
        ChromeDriver driver = BROWSERS.computeIfAbsent(view.width, w -> Browser.start(w, w < 800 ? 812 : 1000));
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", view.scheme))));
        return driver;
    }

    static Stream<Arguments> pagesAndViews() throws Exception {
        List<String> pages;
        try (Stream<Path> files = Files.walk(BuiltSeedSite.folder())) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> BuiltSeedSite.folder().relativize(p).toString()).sorted().toList();
        }
        assertTrue(pages.contains("index.html"), "no home page");
        List<Arguments> all = new ArrayList<>();
        for (View view : View.values()) {
            pages.forEach(page -> all.add(Arguments.of(view, page)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pagesAndViews")
    void noSeriousOrCriticalViolations(View view, String page) {
        ChromeDriver driver = browser(view);
        Browser.open(driver, server.url(page));
        assertEquals(view.scheme, driver.executeScript(
                "return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'"), "scheme not emulated");
        List<String> serious = Axe.run(driver).stream().filter(Axe.Violation::serious).map(String::valueOf).toList();
        assertEquals(List.of(), serious, "axe " + Axe.inject(driver) + " violations on " + page + " (" + view + ")");
    }

    @Test
    void theAxeRunIsCurrentAndRunsDespiteTheContentSecurityPolicy() {
        ChromeDriver driver = browser(View.WIDE_LIGHT);
        Browser.open(driver, server.url("index.html"));
        assertTrue(BuiltSeedSite.page("index.html").select("meta[http-equiv=Content-Security-Policy]").attr("content")
                .contains("script-src 'self'"), "the page has no script-src CSP: this test would prove nothing");
        String version = Axe.inject(driver);
        assertTrue(Axe.atLeast(version, Axe.MINIMUM_VERSION), "axe-core " + version + " is older than " + Axe.MINIMUM_VERSION);
    }

    @Test
    void axeCatchesTheViolationsItShould(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.html"), """
                <!DOCTYPE html><html lang=en><title>x</title><main>
                <button></button>
                <p style='color:#eee'>faint</p>
                <button aria-label="Switch colours">Theme: system</button>
                </main>""");
        try (SiteServer bad = new SiteServer(dir, "/x/")) {
            ChromeDriver driver = browser(View.WIDE_LIGHT);
            driver.get(bad.url("bad.html"));
            List<String> found = Axe.run(driver).stream().map(Axe.Violation::id).toList();
            assertTrue(found.containsAll(List.of("button-name", "color-contrast", "label-content-name-mismatch")),
                    "axe missed a violation: " + found);
        }
    }
}
