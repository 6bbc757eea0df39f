package org.edition.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.edition.TestEdition;
import org.edition.diagnostics.EditionException;
import org.edition.preview.EditorLoop;
import org.edition.preview.PreviewServer;
import org.edition.preview.PreviewState;
import org.edition.preview.SourceWatcher;
import org.edition.preview.WarmBuild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live preview in a real Chromium: an edit reloads the open page by itself, a broken edit shows the
 * error over the last good page, the next good edit takes it away — all under the site's own
 * Content-Security-Policy.
 */
class PreviewBrowserTest {
    private ChromeDriver browser;
    private PreviewServer server;
    private EditorLoop loop;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (loop != null) {
            loop.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private String serve(TestEdition e) throws Exception {
        PreviewState state = new PreviewState();
        server = PreviewServer.start(0, state);
        WarmBuild build = new WarmBuild(new WarmBuild.Inputs(e.content, Path.of("templates"), Optional.empty()), "test");
        loop = new EditorLoop(build, state, new SourceWatcher(e.content, Path.of("templates"), Duration.ofMillis(30)),
                new EditorLoop.Listener() {
                    @Override
                    public void built(WarmBuild.Built built, boolean siteChanged, Set<Path> changed, Duration took) {
                    }

                    @Override
                    public void failed(EditionException failure, RuntimeException bug, Set<Path> changed) {
                    }
                });
        loop.start();
        browser = Browser.start(1200, 900);
        // The browser resolves no name but localhost (see Browser); the preview answers to both of its names.
        return "http://localhost:" + server.address().getPort() + "/reports/alpha.html";
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private String firstParagraph() {
        return (String) js("var p = document.getElementById('p1').cloneNode(true);"
                + "p.querySelectorAll('.para-number, sup').forEach(e => e.remove()); return p.textContent.trim();");
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @Test
    void anEditReloadsTheOpenPageAndABrokenEditShowsTheErrorUntilTheNextGoodSave(@TempDir Path dir) throws Exception {
        TestEdition e = TestEdition.minimal(dir);
        String page = serve(e);
        Browser.open(browser, page);
        assertEquals("The first paragraph cites a note.", firstParagraph());
        js("window.editionTestMark = 'not reloaded';");

        Path source = e.content.resolve("sources/alpha.md");
        Files.writeString(source, Files.readString(source).replace("first paragraph", "opening paragraph"));
        waiting().until(d -> "The opening paragraph cites a note.".equals(firstParagraph()));
        assertEquals(null, js("return window.editionTestMark || null;"), "the page was reloaded, not patched");

        e.write("glossary.yaml", "- id: x\n  term: [unclosed\n");
        WebElement overlay = waiting().until(d -> d.findElements(By.id("edition-preview-overlay")).stream().findFirst().orElse(null));
        assertTrue(overlay.isDisplayed());
        assertEquals("The build failed", overlay.findElement(By.tagName("h2")).getText());
        String position = overlay.findElement(By.cssSelector("code.edition-preview-position")).getText();
        assertTrue(position.matches(".*glossary\\.yaml:\\d+(:\\d+)?"), "the overlay names the file and line: " + position);
        assertTrue(overlay.getText().contains("error: "), overlay.getText());
        assertEquals("alert", overlay.getAttribute("role"));
        assertEquals("fixed", overlay.getCssValue("position"), "the overlay's stylesheet applies under the site's CSP");
        assertEquals("The opening paragraph cites a note.", firstParagraph(), "the last good page stays");

        Files.delete(e.content.resolve("glossary.yaml"));
        waiting().until(d -> d.findElements(By.id("edition-preview-overlay")).isEmpty());
        assertEquals("The opening paragraph cites a note.", firstParagraph());

        Files.writeString(source, Files.readString(source).replace("opening paragraph", "first paragraph"));
        waiting().until(d -> "The first paragraph cites a note.".equals(firstParagraph()));
        List<String> errors = Browser.consoleErrors(browser).stream()
                .filter(m -> !m.contains("favicon")).toList();
        assertEquals(List.of(), errors, "no script error and no Content-Security-Policy refusal");
    }
}
