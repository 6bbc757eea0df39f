package org.edition.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The current axe-core (vendored in {@code src/test/resources/axe-core/}, see its README), run in the
 * page of a real browser: loaded through WebDriver's {@code executeScript}, which the pages'
 * Content-Security-Policy does not block, then {@code axe.run} over the whole document.
 */
public final class Axe {
    /** The oldest axe-core these tests accept: 4.14 runs label-content-name-mismatch, which 4.10 did not. */
    public static final String MINIMUM_VERSION = "4.14.0";

    private static final String SOURCE = load();

    private Axe() {
    }

    /** One rule axe found broken, with the impact and the first few elements at fault. */
    public record Violation(String id, String impact, String help, List<String> targets) {
        /** Whether the impact is serious or critical. */
        public boolean serious() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " — " + targets;
        }
    }

    /** Loads axe into the current page (if not there yet) and returns its version. */
    public static String inject(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object version = js.executeScript("return window.axe ? window.axe.version : null;");
        if (version == null) {
            js.executeScript(SOURCE + "\n;return window.axe.version;");
            version = js.executeScript("return window.axe ? window.axe.version : null;");
        }
        if (version == null) {
            throw new AssertionError("axe-core did not load into " + driver.getCurrentUrl());
        }
        return version.toString();
    }

    /** Runs every axe rule over the current page and returns the violations. */
    @SuppressWarnings("unchecked")
    public static List<Violation> run(WebDriver driver) {
        inject(driver);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                      targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))
                  .catch(e => done('axe failed: ' + e));
                """);
        if (result instanceof String failure) {
            throw new AssertionError(failure);
        }
        return ((List<Map<String, Object>>) result).stream().map(v -> new Violation((String) v.get("id"),
                (String) v.get("impact"), (String) v.get("help"), (List<String>) v.get("targets"))).toList();
    }

    /** Whether a version string ({@code 4.14.1}) is at least another. */
    public static boolean atLeast(String version, String minimum) {
        String[] a = version.split("\\.");
        String[] b = minimum.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? Integer.parseInt(a[i].replaceAll("\\D.*", "")) : 0;
            int y = i < b.length ? Integer.parseInt(b[i].replaceAll("\\D.*", "")) : 0;
            if (x != y) {
                return x > y;
            }
        }
        return true;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe-core/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
