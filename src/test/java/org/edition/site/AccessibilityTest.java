package org.edition.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

/** axe-core, in a real Chromium, finds no serious or critical violation on any kind of page. */
class AccessibilityTest extends SeedSiteInBrowser {
    static Stream<String> pages() throws Exception {
        try (Stream<Path> files = Files.walk(BuiltSeedSite.folder())) {
            List<String> pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> BuiltSeedSite.folder().relativize(p).toString()).sorted().toList();
            assertTrue(pages.contains("index.html"), "no home page");
            return pages.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noSeriousOrCriticalViolations(String page) {
        Browser.open(browser, server.url(page));
        Results results = new AxeBuilder().analyze(browser);
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(AccessibilityTest::describe).toList();
        assertEquals(List.of(), serious, "axe violations on " + page);
    }

    @org.junit.jupiter.api.Test
    void axeCatchesAViolationWhenThereIsOne(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.html"),
                "<!DOCTYPE html><html lang=en><title>x</title><main><button></button><p style='color:#eee'>faint</p></main>");
        try (SiteServer bad = new SiteServer(dir, "/x/")) {
            browser.get(bad.url("bad.html"));
            Results results = new AxeBuilder().analyze(browser);
            assertTrue(results.getViolations().stream().anyMatch(r -> r.getId().equals("button-name")),
                    "axe missed an unnamed button");
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
    }
}
