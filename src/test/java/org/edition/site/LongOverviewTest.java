package org.edition.site;

import static org.edition.site.LongPagesTest.assertNavigation;
import static org.edition.site.LongPagesTest.parse;
import static org.edition.site.LongPagesTest.parts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.edition.ComparisonPagesTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison overview of a large edition: the distinctive vocabulary and the shared sources, too long
 * for it, move to pages of their own, in parts, and the overview links to each part. Here 60 reports of 60
 * paragraphs, each report with words of its own, every paragraph with a note citing one of 60 sources that
 * every report cites (each in its own words), built with the real templates. With more reports than the
 * overview sets side by side, its chart gives each theme's passages in all reports together and its tables a
 * row per report.
 */
class LongOverviewTest {
    private static final int REPORTS = 60;
    private static final int PARAGRAPHS = 60;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "nu", "pe", "ri", "sa", "to", "vu", "ze"};
    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("edition.yaml", "title: A Large Edition\n");
        files.put("themes.yaml", """
                - id: inquiry
                  title: The inquiry
                  phrases: [inquiry]
                - id: witnesses
                  title: The witnesses
                  phrases: [witnesses]
                """);
        files.put("glossary.yaml", """
                - id: inquiry-board
                  term: Inquiry Board
                  kind: organisation
                  definition: The board that held the inquiry.
                """);
        for (int r = 1; r <= REPORTS; r++) {
            files.put("sources/report-" + r + ".md", report(r));
        }
        site = LongPagesTest.built(dir, files);
    }

    /** A word of report {@code r}'s own vocabulary: no other report uses it. */
    private static String word(int r, int k) {
        return SYLLABLES[r % 10] + SYLLABLES[r / 10 % 10] + SYLLABLES[k % 10] + SYLLABLES[k / 10 % 10] + "ian";
    }

    private static String report(int r) {
        StringBuilder text = new StringBuilder("---\ntitle: Report " + r + "\nauthors:\n  - name: Author Number" + r
                + "\ndate: " + (1960 + r) + "\n---\n## Findings\n\n");
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < PARAGRAPHS; i++) {
            text.append("The committee weighed the ").append(word(r, i % 12)).append(" question and the ").append(word(r, (i + 5) % 12))
                    .append(" answer, as the witnesses of the Inquiry Board described them to the members at length.[^").append(i + 1).append("]\n\n");
            notes.append("[^").append(i + 1).append("]: Jane Source").append(", “Study number ").append(i + 1)
                    .append("”, Institute of Studies, 2015, https://example.org/studies/").append(i + 1)
                    .append(", as read by the authors of report ").append(r).append(" for their chapter on the committee.\n");
        }
        return text.append(notes).toString();
    }

    @Test
    void withMoreReportsThanFitSideBySideTheOverviewGivesARowPerReportAndTotals() throws IOException {
        Path page = site.resolve("compare/index.html");
        Document overview = parse(page);
        Element chart = overview.selectFirst("svg.coverage-chart");
        assertEquals("Paragraphs per theme, all 60 reports together", chart.selectFirst("title").text());
        assertEquals(List.of("3600", "3600"), chart.select("text.chart-value").eachText(), "a bar per theme, every report's passages");
        assertEquals(List.of("All 60 reports"), chart.select("text.chart-key").eachText());
        assertEquals(List.of("Report", "The inquiry", "The witnesses"), overview.select("table.coverage-table thead th").eachText());
        List<Element> rows = overview.select("table.coverage-table tbody tr");
        assertEquals(REPORTS, rows.size(), "a row per report");
        assertEquals("../reports/report-1.html", rows.get(0).selectFirst("th a").attr("href"));
        assertEquals(List.of("60", "60"), rows.get(0).select("td").eachText());
        assertEquals(List.of("Entry", "Reports", "Occurrences"), overview.select("table.glossary-table thead th").eachText());
        assertEquals(List.of("60", "3600"), overview.select("table.glossary-table tbody tr").get(0).select("td").eachText());
        assertTrue(overview.select("header.title-block cite").isEmpty(), "the reports are not all named in the introduction");
        assertTrue(Files.size(page) < 200_000, "the overview weighs " + Files.size(page) + " bytes");
    }

    @Test
    void theVocabularyMovesToPagesOfItsOwnInPartsOfWholeReports() throws IOException {
        Document overview = parse(site.resolve("compare/index.html"));
        List<String> linked = overview.select("section[aria-labelledby=vocabulary] ol.moved-to a").eachAttr("href");
        List<Path> parts = parts(site, "compare/index.vocabulary.html");
        assertTrue(parts.size() >= 2, "sixty reports' vocabulary should take two parts or more");
        assertEquals(parts.stream().map(p -> p.getFileName().toString()).toList(), linked, "the overview links to every part");
        assertTrue(overview.select("section[aria-labelledby=vocabulary] section.column").isEmpty(), "no column stays on the overview");
        assertNavigation(parts);
        List<String> columns = new ArrayList<>();
        for (Path p : parts) {
            Document part = parse(p);
            columns.addAll(part.select("section.column > h2").eachAttr("id"));
            assertNotNull(part.selectFirst("p:contains(log-odds ratio)"), "each part explains the measure");
        }
        assertEquals(IntStream.rangeClosed(1, REPORTS).mapToObj(r -> "vocabulary-report-" + r).toList(), columns);
        Document first = parse(parts.get(0));
        assertTrue(first.select("#vocabulary-report-1 + ol .distinctive-term").eachText().stream().anyMatch(t -> t.contains(word(1, 0))),
                "a report's own words set it apart");
    }

    @Test
    void theSharedSourcesMoveToPagesOfTheirOwnEachCitationOnce() throws IOException {
        Document overview = parse(site.resolve("compare/index.html"));
        List<Element> links = overview.select("section[aria-labelledby=sources] ol.moved-to a");
        List<Path> parts = parts(site, "compare/index.sources.html");
        assertTrue(parts.size() >= 2, "sixty sources cited by sixty reports in their own words should take two parts or more");
        assertEquals(parts.stream().map(p -> p.getFileName().toString()).toList(), links.stream().map(a -> a.attr("href")).toList());
        assertEquals("Sources 1–", links.get(0).text().substring(0, "Sources 1–".length()), links.get(0).text());
        assertNavigation(parts);
        List<String> labels = new ArrayList<>();
        int notes = 0;
        for (Path p : parts) {
            for (Element source : parse(p).select("ul.shared-list > li")) {
                String label = source.selectFirst(".shared-label").text();
                labels.add(label);
                if (label.startsWith("https://example.org/studies/")) {
                    notes += source.select("ul.cited-notes a").size();
                }
            }
        }
        assertEquals(labels.stream().distinct().count(), labels.size(), "each source once");
        assertTrue(labels.containsAll(IntStream.rangeClosed(1, PARAGRAPHS).mapToObj(i -> "https://example.org/studies/" + i).toList()), labels.toString());
        assertTrue(labels.containsAll(List.of("Jane Source", "Institute of Studies")), "the author and the organisation every note names");
        assertEquals(REPORTS * PARAGRAPHS, notes, "every note under its study's address, once");
        assertEquals("Sources cited by several reports", overview.selectFirst("h2#sources").text());
        assertNull(overview.selectFirst("section[aria-labelledby=sources] ul.shared-list"), "no source stays on the overview");
    }

    @Test
    void everyLinkResolvesAndEveryPageIsValidHtml() throws Exception {
        for (String page : List.of("compare/index.html", "compare/index.vocabulary.html", "compare/index.sources.html")) {
            for (Path part : parts(site, page)) {
                ComparisonPagesTest.assertLinksResolve(site, part);
            }
        }
        assertEquals(List.of(), HtmlValidityTest.nuErrors(site.resolve("compare")), "Nu Html Checker errors");
    }

    @Test
    void aCountOfAThemeInPartsOpensThePartWithThatReportSetOnTheLeftInChromium() throws Exception {
        List<Path> parts = parts(site, "compare/inquiry.html");
        assertTrue(parts.size() >= 2, "sixty reports' passages on the theme should take two parts or more");
        List<Element> counts = parse(parts.get(0)).select(".theme-counts a");
        Element far = counts.stream().filter(a -> a.attr("href").startsWith("inquiry.2.html")).skip(3).findFirst().orElseThrow();
        String report = far.attr("href").substring(far.attr("href").indexOf("#column-") + "#column-".length());
        try (SiteServer server = new SiteServer(site, "/large/")) {
            org.openqa.selenium.chrome.ChromeDriver driver = Browser.start(1200, 900);
            try {
                Browser.open(driver, server.url("compare/" + far.attr("href")));
                assertEquals(report, driver.executeScript("return document.getElementById('left-report').value"));
                assertEquals(Boolean.FALSE, driver.executeScript("return document.getElementById('column-" + report + "').parentElement.hidden"),
                        "the column linked to is shown");
                assertEquals(2L, driver.executeScript("return document.querySelectorAll('.side-by-side > .column:not([hidden])').length"));
                assertEquals(List.of(), Browser.consoleErrors(driver));
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void noPageHasASeriousAccessibilityViolationOnAPhone() throws Exception {
        LongPagesTest.assertAccessibleOnAPhone(site, Stream.of("compare/index.html", "compare/index.vocabulary.html", "compare/index.sources.html")
                .flatMap(p -> parts(site, p).stream()).map(p -> site.relativize(p).toString()).toList());
    }
}
