package org.edition.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.edition.TestEdition;
import org.edition.site.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The snapshot's WACZ opened in ReplayWeb.page (its npm package, in Debian's Chromium): ReplayWeb.page
 * accepts it and replays the edition's pages at their real address from the archive alone.
 */
class ReplayWebPageTest {
    /** Finds, through every shadow root, the iframe in which ReplayWeb.page replays a page; returns its address. */
    private static final String REPLAY_FRAME = """
            function* all(root) { for (const e of root.querySelectorAll('*')) { yield e; if (e.shadowRoot) yield* all(e.shadowRoot); } }
            for (const e of all(document)) { if (e.tagName === 'IFRAME' && e.src.includes('mp_/')) return e; }
            return null;""";

    @Test
    void replayWebPageReplaysTheEditionFromTheWacz(@TempDir Path dir) throws Exception {
        TestEdition e = SnapshotEdition.at(dir.resolve("edition"));
        Path bag = dir.resolve("snapshot");
        assertEquals(0, SnapshotEdition.snapshot(e, bag).exitCode());
        String page = SnapshotEdition.BASE_URL + "reports/alpha.html";
        ChromeDriver driver = Browser.start(1200, 900);
        try (ReplayWebPage app = new ReplayWebPage(bag.resolve("data/web-archive/edition.wacz"))) {
            driver.get(app.replay(page, "20240315000000"));
            WebElement frame = new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(REPLAY_FRAME));
            String src = frame.getDomAttribute("src");
            assertTrue(src.contains("mp_/" + page), src);
            driver.switchTo().frame(frame);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("h1")).isEmpty());
            } catch (org.openqa.selenium.TimeoutException t) {
                throw new AssertionError("no page replayed in " + src + ": " + driver.getPageSource().substring(0,
                        Math.min(2000, driver.getPageSource().length())) + "\n" + Browser.consoleErrors(driver), t);
            }
            assertEquals("Alpha Report", driver.findElement(By.cssSelector("h1")).getText());
            assertNotNull(driver.findElement(By.cssSelector("a[role=doc-noteref]")));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            assertEquals(Boolean.TRUE, js.executeScript("return [...document.styleSheets].some(s => s.href"
                    + " && s.href.endsWith('/assets/edition.css') && s.cssRules.length > 0)"), "the archived stylesheet applies");
            driver.findElement(By.cssSelector("a[href$='glossary/index.html']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> String.valueOf(js.executeScript("return location.href"))
                    .contains("mp_/" + SnapshotEdition.BASE_URL + "glossary/index.html")
                    && !d.findElements(By.cssSelector("h1")).isEmpty());
            assertEquals("Glossary", driver.findElement(By.cssSelector("h1")).getText(), "a link followed inside the archive");
        } finally {
            driver.quit();
        }
    }
}
