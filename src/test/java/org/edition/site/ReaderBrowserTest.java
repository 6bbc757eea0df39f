package org.edition.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.edition.TestEdition;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** What a reader does with the pages, in a real Chromium: notes, citations, search, theme, links. */
class ReaderBrowserTest extends SeedSiteInBrowser {
    private static String reportPage() throws Exception {
        try (Stream<Path> files = Files.list(BuiltSeedSite.folder().resolve("reports"))) {
            return "reports/" + files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .sorted().findFirst().orElseThrow();
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    private List<Number> paragraphTops() {
        return (List<Number>) js("return Array.from(document.querySelectorAll('.para')).map(p => p.getBoundingClientRect().top + window.scrollY);");
    }

    @Test
    void aNoteOpensOnClickWithoutMovingTheTextAndClosesWithEscape() throws Exception {
        Browser.open(browser, server.url(reportPage()));
        List<WebElement> refs = browser.findElements(By.cssSelector("a[role=doc-noteref]"));
        assertFalse(refs.isEmpty(), "the report has no note references");
        List<Number> before = paragraphTops();
        WebElement ref = refs.get(0);
        js("arguments[0].scrollIntoView({block: 'center'});", ref);
        ref.click();
        WebElement popover = browser.findElement(By.id("popover"));
        assertTrue(popover.isDisplayed());
        assertTrue(popover.getText().startsWith("Note " + ref.getText()), popover.getText());
        assertEquals("true", ref.getAttribute("aria-expanded"));
        assertTrue(browser.getCurrentUrl().endsWith(reportPage()), "the click navigated away: " + browser.getCurrentUrl());
        assertEquals(before, paragraphTops(), "opening a note moved the text");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        assertTrue(browser.findElements(By.id("popover")).isEmpty(), "Esc did not close the note");
        assertEquals(ref, browser.switchTo().activeElement(), "focus did not return to the reference");
    }

    @Test
    void aNoteOpensOnKeyboardFocus() throws Exception {
        Browser.open(browser, server.url(reportPage()));
        List<WebElement> refs = browser.findElements(By.cssSelector("a[role=doc-noteref]"));
        assertFalse(refs.isEmpty(), "the report has no note references");
        WebElement ref = refs.get(0);
        js("arguments[0].scrollIntoView({block: 'center'});", ref);
        // Focus the link just before the reference, then Tab to it, as a keyboard user does.
        js("const links = Array.from(document.querySelectorAll('a[href]')); links[links.indexOf(arguments[0]) - 1].focus();", ref);
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals(ref, browser.switchTo().activeElement());
        assertTrue(browser.findElement(By.id("popover")).isDisplayed(), "keyboard focus did not open the note");
    }

    @Test
    void aParagraphNumberOffersItsCitation() throws Exception {
        Browser.open(browser, server.url(reportPage()));
        WebElement number = browser.findElements(By.cssSelector("a.para-number")).get(2);
        js("arguments[0].scrollIntoView({block: 'center'});", number);
        number.click();
        WebElement popover = browser.findElement(By.id("popover"));
        String text = popover.getText();
        assertTrue(text.contains("Cite paragraph 3"), text);
        assertTrue(text.contains("¶ 3.") && text.contains("/edition/" + reportPage() + "#p3"), text);
        assertTrue(browser.getCurrentUrl().endsWith("#p3"));
    }

    @Test
    void theThemeToggleSwitchesAndIsRemembered() throws Exception {
        Browser.open(browser, server.url("index.html"));
        WebElement toggle = browser.findElement(By.cssSelector(".theme-toggle"));
        assertTrue(toggle.isDisplayed());
        String lightBackground = (String) js("return getComputedStyle(document.body).backgroundColor;");
        toggle.click();
        toggle.click();
        assertEquals("dark", browser.findElement(By.tagName("html")).getAttribute("data-theme"));
        String darkBackground = (String) js("return getComputedStyle(document.body).backgroundColor;");
        assertFalse(lightBackground.equals(darkBackground), "the dark theme did not change the colours");
        Browser.open(browser, server.url("about.html"));
        assertEquals("dark", browser.findElement(By.tagName("html")).getAttribute("data-theme"), "the choice was not remembered");
        browser.findElement(By.cssSelector(".theme-toggle")).click();
        assertEquals(null, browser.findElement(By.tagName("html")).getAttribute("data-theme"));
    }

    @Test
    void searchWorksFromDiskAndLinksToTheParagraph() throws Exception {
        Path search = BuiltSeedSite.folder().resolve("search.html");
        Browser.open(browser, search.toUri() + "?q=sanctions");
        Browser.searched(browser);
        List<WebElement> results = browser.findElements(By.cssSelector("#search-results li"));
        assertFalse(results.isEmpty(), browser.findElement(By.id("search-status")).getText());
        List<String> hrefs = results.stream().map(r -> r.findElement(By.tagName("a")).getAttribute("href")).toList();
        WebElement passage = results.get(hrefs.indexOf(hrefs.stream()
                .filter(h -> h.matches("file:.*/reports/[a-z0-9-]+\\.html#p\\d+")).findFirst().orElseThrow()));
        assertFalse(passage.findElements(By.tagName("mark")).isEmpty(), "no highlighted keyword");
        assertTrue(passage.findElement(By.tagName("mark")).getText().toLowerCase().startsWith("sanction"));
        assertTrue(hrefs.stream().anyMatch(h -> h.matches("file:.*/reports/[a-z0-9-]+\\.html#note-\\d+")), "no note found");
        assertTrue(hrefs.stream().anyMatch(h -> h.matches("file:.*/glossary/[a-z0-9-]+\\.html")), "no glossary entry found");
        assertEquals(List.of(), Browser.consoleErrors(browser), "errors on the search page from disk");
    }

    @Test
    void theHeaderSearchBoxLeadsToResults() throws Exception {
        Browser.open(browser, server.url(reportPage()));
        WebElement box = browser.findElement(By.cssSelector("input[type=search]"));
        box.sendKeys("Congress", Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        assertTrue(browser.getCurrentUrl().contains("/edition/search.html?q=Congress"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector("#search-results li")).isEmpty());
    }

    @Test
    void searchNeverTurnsSourceTextIntoMarkup(@TempDir Path dir) throws Exception {
        TestEdition e = TestEdition.minimal(dir);
        e.write("sources/beta.md", "## Hostile\n\nThe string \\<img src=x onerror=\"document.title='pwned'\"\\> appears as text here, naughty.\n");
        assertEquals(0, e.build().exitCode());
        Browser.open(browser, e.site.resolve("search.html").toUri() + "?q=naughty");
        Browser.searched(browser);
        WebElement results = browser.findElement(By.id("search-results"));
        assertEquals(1, results.findElements(By.tagName("li")).size());
        assertTrue(results.findElements(By.tagName("img")).isEmpty(), "source text became markup");
        assertTrue(results.getText().contains("<img src=x onerror="), results.getText());
        assertFalse("pwned".equals(browser.getTitle()));
    }

    @Test
    void everyPageLoadsUnderAPrefixWithoutErrorsOrRequestsElsewhere() throws Exception {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(BuiltSeedSite.folder())) {
            files.filter(p -> p.toString().endsWith(".html")).map(p -> BuiltSeedSite.folder().relativize(p).toString())
                    .sorted().forEach(pages::add);
        }
        for (String page : pages) {
            Browser.open(browser, server.url(page));
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) js("return performance.getEntriesByType('resource').map(r => r.name);");
            for (String url : resources) {
                assertTrue(url.startsWith(server.url("")), page + " requested " + url);
            }
            assertEquals(List.of(), Browser.consoleErrors(browser), "console errors on " + page);
            Browser.open(browser, BuiltSeedSite.folder().resolve(page).toUri().toString());
            assertTrue(browser.findElement(By.cssSelector(".theme-toggle")).isDisplayed(), "scripts did not run from disk on " + page);
            assertEquals(List.of(), Browser.consoleErrors(browser), "console errors from disk on " + page);
        }
    }

    @Test
    void aReportPageShipsAtMost100KbOfCssAndJavaScript() throws Exception {
        Document page = BuiltSeedSite.page(reportPage());
        long bytes = 0;
        for (Element e : page.select("link[rel=stylesheet], script[src]")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            bytes += Files.size(BuiltSeedSite.folder().resolve("reports").resolve(url).normalize());
        }
        assertTrue(bytes > 0 && bytes <= 100 * 1024, "CSS and JavaScript of a report page: " + bytes + " bytes");
    }

    @Test
    void aGlossaryTermShowsItsDefinitionOnHoverAndKeyboardFocusAndStillLinksToItsPage(@TempDir Path dir) throws Exception {
        TestEdition e = TestEdition.minimal(dir);
        e.write("glossary.yaml", "- id: second\n  term: second\n  kind: concept\n  definition: Coming after the first.\n");
        assertEquals(0, e.build().exitCode());
        Browser.open(browser, e.site.resolve("reports/alpha.html").toUri().toString());
        WebElement term = browser.findElement(By.cssSelector("a.term"));
        List<Number> before = paragraphTops();
        new Actions(browser).moveToElement(term).perform();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.id("popover")).isEmpty());
        assertTrue(browser.findElement(By.id("popover")).getText().contains("Coming after the first."));
        assertEquals(before, paragraphTops(), "the definition moved the text");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        assertTrue(browser.findElements(By.id("popover")).isEmpty(), "Esc did not close the definition");
        js("document.querySelector('.para-number').focus();");
        WebElement active = browser.switchTo().activeElement();
        for (int i = 0; i < 10 && !active.equals(term); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            active = browser.switchTo().activeElement();
        }
        assertEquals(term, active, "the term cannot be reached with the keyboard");
        assertTrue(browser.findElement(By.id("popover")).getText().contains("Coming after the first."),
                "keyboard focus did not show the definition");
        term.click();
        assertTrue(browser.getCurrentUrl().endsWith("glossary/second.html"), browser.getCurrentUrl());
    }

    @Test
    void darkFollowsTheSystemAndPrintShowsNotesAsEndnotesWithLinkTargets() throws Exception {
        Browser.open(browser, server.url(reportPage()));
        String light = (String) js("return getComputedStyle(document.body).backgroundColor;");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        String dark = (String) js("return getComputedStyle(document.body).backgroundColor;");
        assertFalse(light.equals(dark), "the page ignores a dark system scheme");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print", "features", List.of()));
        try {
            assertEquals("none", js("return getComputedStyle(document.querySelector('nav.contents')).display;"));
            assertEquals("none", js("return getComputedStyle(document.querySelector('.site-header')).display;"));
            assertEquals("rgb(255, 255, 255)", js("return getComputedStyle(document.body).backgroundColor;"));
            assertFalse("none".equals(js("return getComputedStyle(document.querySelector('section.notes')).display;")),
                    "notes do not print");
            String after = (String) js("return getComputedStyle(document.querySelector('.metadata a[href^=\"http\"]'), '::after').content;");
            assertTrue(after.contains("http"), "link targets are not printed: " + after);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "", "features", List.of()));
        }
    }

    @Test
    void theGlossaryIndexFiltersByKind() throws Exception {
        Browser.open(browser, server.url("glossary/index.html"));
        List<WebElement> entries = browser.findElements(By.cssSelector(".entries .entry"));
        long people = entries.stream().filter(e -> "person".equals(e.getAttribute("data-kind"))).count();
        assertTrue(people > 0 && people < entries.size());
        browser.findElement(By.cssSelector(".kind-filter input[value=person]")).click();
        long shown = entries.stream().filter(WebElement::isDisplayed).count();
        assertEquals(people, shown);
        assertTrue(entries.stream().filter(WebElement::isDisplayed).allMatch(e -> "person".equals(e.getAttribute("data-kind"))));
        browser.findElement(By.cssSelector(".kind-filter input[value='']")).click();
        assertEquals(entries.size(), entries.stream().filter(WebElement::isDisplayed).count());
    }

    @Test
    void aPhoneGetsNoHorizontalScrolling() throws Exception {
        ChromeDriver phone = Browser.start(320, 700);
        try {
            for (String page : List.of("index.html", reportPage(), "search.html?q=treaty", "about.html")) {
                Browser.open(phone, server.url(page));
                if (page.startsWith("search.html")) {
                    Browser.searched(phone);
                }
                Number overflow = (Number) ((JavascriptExecutor) phone).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals(0, overflow.intValue(), page + " scrolls sideways on a 320-pixel screen");
            }
        } finally {
            phone.quit();
        }
    }
}
