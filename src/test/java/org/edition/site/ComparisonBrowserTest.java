package org.edition.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.edition.ComparisonEdition;
import org.edition.TestEdition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** A theme's passages side by side in a real Chromium: two columns when wide, stacked when narrow, a pair to choose among three reports. */
class ComparisonBrowserTest {
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(1400, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The left edges and visibility of the page's columns, in document order. */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> columns() {
        return (List<List<Object>>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('.side-by-side > .column')).map(c => "
                        + "[c.getAttribute('data-report'), Math.round(c.getBoundingClientRect().left), c.offsetParent !== null]);");
    }

    @Test
    void twoReportsStandSideBySideOnAWideScreenAndStackOnAPhone(@TempDir Path dir) throws Exception {
        TestEdition e = ComparisonEdition.twoReports(dir);
        assertEquals(0, e.build().exitCode());
        try (SiteServer server = new SiteServer(e.site, "/prefix/")) {
            browser.manage().window().setSize(new Dimension(1400, 1000));
            Browser.open(browser, server.url("compare/sanctions.html"));
            List<List<Object>> wide = columns();
            assertTrue(((Number) wide.get(0).get(1)).longValue() < ((Number) wide.get(1).get(1)).longValue(), wide.toString());
            browser.manage().window().setSize(new Dimension(400, 900));
            Browser.open(browser, server.url("compare/sanctions.html"));
            List<List<Object>> narrow = columns();
            assertEquals(narrow.get(0).get(1), narrow.get(1).get(1), "stacked: " + narrow);
            assertEquals(List.of(), Browser.consoleErrors(browser));
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    void withThreeReportsTheReaderPicksThePairSetSideBySide(@TempDir Path dir) throws Exception {
        TestEdition e = ComparisonEdition.addThird(ComparisonEdition.twoReports(dir));
        assertEquals(0, e.build().exitCode());
        try (SiteServer server = new SiteServer(e.site, "/prefix/")) {
            Browser.open(browser, server.url("compare/sanctions.html"));
            WebElement choice = browser.findElement(By.cssSelector("fieldset.column-choice"));
            assertTrue(choice.isDisplayed(), "the choice is offered once the script runs");
            List<List<Object>> first = columns();
            assertEquals(List.of(true, true, false), first.stream().map(c -> c.get(2)).toList(), first.toString());
            new Select(browser.findElement(By.id("right-report"))).selectByValue("gamma");
            List<List<Object>> then = columns();
            assertEquals(List.of(true, false, true), then.stream().map(c -> c.get(2)).toList(), then.toString());
            assertTrue(((Number) then.get(0).get(1)).longValue() < ((Number) then.get(2).get(1)).longValue(), "alpha left of gamma: " + then);
            new Select(browser.findElement(By.id("left-report"))).selectByValue("gamma");
            new Select(browser.findElement(By.id("right-report"))).selectByValue("alpha");
            List<List<Object>> swapped = columns();
            assertTrue(((Number) swapped.get(2).get(1)).longValue() < ((Number) swapped.get(0).get(1)).longValue(), "gamma left of alpha: " + swapped);
            assertEquals(List.of(), Browser.consoleErrors(browser), "errors (a CSP refusal among them) on the theme page");
        }
    }
}
