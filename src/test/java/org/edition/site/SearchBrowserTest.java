package org.edition.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Search as a reader meets it, in Chromium, served under a prefix and from disk: passages holding the words
 * as a phrase first, only the index parts a query needs loaded, twenty results at a time.
 */
class SearchBrowserTest extends SeedSiteInBrowser {

    private List<String> resultTexts() {
        return browser.findElements(By.cssSelector("#search-results li")).stream().map(WebElement::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> loaded() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name);");
    }

    @Test
    void newStartFindsEveryPassageNamingTheTreatyBeforeANewColdWarAtTheStartOfAnEra() {
        for (String url : List.of(server.url("search.html?q=New+START"),
                BuiltSeedSite.folder().resolve("search.html").toUri() + "?q=New%20START")) {
            Browser.open(browser, url);
            Browser.searched(browser);
            List<String> results = resultTexts();
            int coldWar = -1;
            int firstTreaty = -1;
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).contains("new Cold War") && results.get(i).contains("start of the")) {
                    coldWar = i;
                }
                if (firstTreaty < 0 && results.get(i).toLowerCase().contains("new start")) {
                    firstTreaty = i;
                }
            }
            assertEquals(0, firstTreaty, "the first result does not name New START: " + results);
            assertTrue(coldWar > 0, "the ‘new Cold War … start of the’ paragraph is not among the results: " + results);
            for (int i = coldWar + 1; i < results.size(); i++) {
                assertFalse(results.get(i).toLowerCase().contains("new start"), "result " + i + " names New START, after it: "
                        + results.get(i));
            }
            assertEquals(List.of(), Browser.consoleErrors(browser), "errors on the search page at " + url);
        }
    }

    @Test
    void aQueryLoadsOnlyThePartsOfTheIndexItNeeds() {
        Browser.open(browser, server.url("search.html?q=sanctions"));
        Browser.searched(browser);
        List<String> parts = loaded().stream().filter(u -> u.contains("/assets/search/")).toList();
        assertTrue(parts.stream().anyMatch(u -> u.endsWith("/assets/search/index.js")), parts.toString());
        assertEquals(1, parts.stream().filter(u -> u.matches(".*/assets/search/t\\d+\\.js")).count(), "postings parts: " + parts);
        long documentParts = parts.stream().filter(u -> u.matches(".*/assets/search/d\\d+\\.js")).count();
        assertTrue(documentParts >= 1 && documentParts <= 20, "documents parts: " + parts);
        assertTrue(parts.stream().allMatch(u -> u.startsWith(server.url("assets/search/"))), "a part from elsewhere: " + parts);
    }

    @Test
    void twentyResultsAtATimeAndMoreOnRequest() {
        Browser.open(browser, server.url("search.html?q=Russia"));
        Browser.searched(browser);
        String status = browser.findElement(By.id("search-status")).getText();
        assertTrue(status.matches("\\d+ passages found for “Russia”; the first 20 are shown\\."), status);
        int found = Integer.parseInt(status.split(" ")[0]);
        assertTrue(found > 40, status);
        assertEquals(20, resultTexts().size());
        WebElement more = browser.findElement(By.cssSelector("button.search-more"));
        assertTrue(more.isDisplayed());
        more.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("#search-results li")).size() == 40);
        assertFalse(resultTexts().get(39).isEmpty());
    }

    @Test
    void wordsAreFoundInAnyFormAndMarkedInTheSnippet() {
        Browser.open(browser, server.url("search.html?q=treaties"));
        Browser.searched(browser);
        List<WebElement> marks = browser.findElements(By.cssSelector("#search-results li mark"));
        assertFalse(marks.isEmpty(), browser.findElement(By.id("search-status")).getText());
        assertTrue(marks.stream().map(m -> m.getText().toLowerCase()).anyMatch(t -> t.equals("treaty")), "no singular found");
    }
}
