package org.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.edition.cli.ExitCodes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison pages of an edition of two reports (and three): overview, themes side by side, timeline, related passages. */
public class ComparisonPagesTest {
    static final String THEMES = ComparisonEdition.THEMES;

    static TestEdition edition(Path dir) throws IOException {
        return ComparisonEdition.twoReports(dir);
    }

    @Test
    void theOverviewChartsAndTabulatesTheThemesAndComparesVocabularySourcesAndTime(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir);
        TestEdition.Run run = e.build();
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("compare/index.html", e.page("index.html").selectFirst("nav.site-nav a:contains(Compare)").attr("href"));

        Document overview = e.page("compare/index.html");
        Element chart = overview.selectFirst("figure svg[role=img]");
        assertEquals("Paragraphs per theme and report", chart.selectFirst("title").text());
        assertEquals(4, chart.select("rect[class^=series-]").size() - 2, "two bars per theme, and a key per report");
        List<Element> rows = overview.select("table.coverage-table tbody tr");
        assertEquals(List.of("sanctions.html", "arms-control.html"), rows.stream().map(r -> r.selectFirst("th a").attr("href")).toList());
        assertEquals(List.of("1", "1"), rows.get(0).select("td").eachText());
        assertEquals(List.of("1", "1"), rows.get(1).select("td").eachText());
        assertEquals(List.of("Theme", "Author 2017", "Writer and Other 2020"), overview.select("table.coverage-table thead th").eachText());

        assertEquals(2, overview.select("#vocabulary ~ .columns section.column").size());
        Element sources = overview.selectFirst("ul.shared-list");
        assertTrue(sources.text().startsWith("Steven Pifer same author"), sources.text());
        assertEquals(List.of("../reports/alpha.html#note-1", "../reports/beta.html#note-1"),
                sources.select(".cited-notes a").eachAttr("href"));

        Document timeline = e.page("compare/timeline.html");
        Element shared = timeline.select("ol.timeline > li.event.shared").stream()
                .filter(li -> li.selectFirst(".when").text().startsWith("early 1980s")).findFirst().orElseThrow();
        assertEquals(List.of("Author 2017", "Writer and Other 2020"), shared.select(".mention .badge").eachText());
        assertEquals("the early 1980s", shared.selectFirst(".mention mark").text());
        List<String> order = timeline.select("ol.timeline > li .when").eachText();
        assertTrue(order.indexOf("October 2017") < order.indexOf("November 2020")
                && order.indexOf("November 2020") < order.indexOf("February 2021"), order.toString());
        assertEquals("looking ahead", timeline.selectFirst("li.event:has(time[datetime=2021-02]) .ahead").text());
        assertEquals(2, timeline.select("li.publication").size());
    }

    @Test
    void aThemePageSetsThePassagesSideBySideWithEveryLinkResolving(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir);
        assertEquals(0, e.build().exitCode());
        Document page = e.page("compare/sanctions.html");
        assertEquals("Sanctions", page.selectFirst("h1").text());
        List<Element> columns = page.select(".side-by-side.columns-2 > section.column");
        assertEquals(List.of("alpha", "beta"), columns.stream().map(c -> c.attr("data-report")).toList());
        assertEquals("../reports/alpha.html#p1", columns.get(0).selectFirst(".passage-where a").attr("href"));
        assertEquals(List.of("sanctions", "sanctions"), columns.get(0).select("mark.theme-term").eachText());
        assertEquals(List.of("Sanctions", "sanctions"), columns.get(1).select("mark.theme-term").eachText());
        assertEquals(List.of("../reports/alpha.html#p1", "../reports/beta.html#p1"), page.select(".synthesis a.passage-link").eachAttr("href"));
        assertEquals("the bill ¶\u202f1", page.selectFirst(".synthesis a.passage-link").text());
        assertFalse(page.selectFirst(".synthesis a.passage-link").hasAttr("title"));

        Document arms = e.page("compare/arms-control.html");
        assertEquals("../reports/alpha.html#p2", arms.selectFirst(".synthesis a.passage-link").attr("href"));
        assertEquals(List.of("../glossary/inf-treaty.html", "../glossary/new-start.html"), arms.select(".theme-markers a").eachAttr("href"));
        assertEquals(List.of("INF Treaty", "arms control"), arms.select("section.column[data-report=alpha] mark").eachText());
        assertEquals(List.of("INF Treaty", "arms control", "New START"), arms.select("section.column[data-report=beta] mark").eachText());
        assertTrue(arms.select(".column-choice").isEmpty(), "two reports need no choice");

        try (Stream<Path> files = Files.walk(e.site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertLinksResolve(e.site, file);
            }
        }
    }

    @Test
    void relatedPassagesStandBesideTheirParagraph(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir);
        assertEquals(0, e.build().exitCode());
        Element related = e.page("reports/alpha.html").selectFirst("#p1 .related");
        assertNotNull(related);
        assertTrue(related.text().startsWith("Related in Writer and Other 2020: ¶\u202f1"), related.text());
        assertEquals("beta.html#p1", related.select("a").get(1).attr("href"));
        assertTrue(e.page("reports/beta.html").selectFirst("#p1 .related a[href=alpha.html#p1]") != null);
    }

    @Test
    void withoutThemesTheReportsAreStillCompared(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir);
        Files.delete(e.content.resolve("themes.yaml"));
        assertEquals(0, e.build().exitCode());
        try (Stream<Path> files = Files.list(e.site.resolve("compare"))) {
            assertEquals(List.of("index.html", "timeline.html"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        Document overview = e.page("compare/index.html");
        assertTrue(overview.select("svg").isEmpty());
        assertTrue(overview.selectFirst("#themes ~ p.editorial").text().contains("no themes"));
        assertEquals(2, overview.select("#vocabulary ~ .columns section.column").size());
    }

    @Test
    void anEditionOfOneReportHasNothingToCompare(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        assertEquals(0, e.build().exitCode());
        assertFalse(Files.exists(e.site.resolve("compare")));
        assertTrue(e.page("index.html").select("nav.site-nav a:contains(Compare)").isEmpty());
    }

    @Test
    void withThreeReportsTheReaderChoosesWhichTwoToSetSideBySide(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir);
        ComparisonEdition.addThird(e);
        assertEquals(0, e.build().exitCode());
        Document page = e.page("compare/sanctions.html");
        Element choice = page.selectFirst("fieldset.column-choice");
        assertTrue(choice.hasAttr("hidden"), "without JavaScript, no choice: every column is shown");
        assertEquals(List.of("alpha", "beta", "gamma"), choice.select("#left-report option").eachAttr("value"));
        assertEquals("alpha", choice.selectFirst("#left-report option[selected]").val());
        assertEquals("beta", choice.selectFirst("#right-report option[selected]").val());
        assertEquals(3, page.select(".side-by-side.columns-3 > section.column").size());
    }

    @Test
    void buildsTheSameComparisonTwice(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir.resolve("one"));
        assertEquals(0, e.build().exitCode());
        var once = TestEdition.snapshot(e.site);
        TestEdition again = edition(dir.resolve("two"));
        assertEquals(0, again.build().exitCode());
        assertEquals(once, TestEdition.snapshot(again.site));
    }

    @Test
    void aThemeNamingAnUnknownGlossaryEntryIsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir);
        e.write("themes.yaml", THEMES.replace("terms: [inf-treaty, new-start]", "terms: [inf-treaty, new-strat]"));
        assertError(e, "themes.yaml:9: error: theme 'arms-control' names glossary entry 'new-strat', which does not exist in the glossary");
    }

    @Test
    void aQuoteFoundNowhereIsAnErrorNamingTheThemeQuoteAndLine(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir);
        e.write("themes.yaml", THEMES.replace("the primary tool of US policy", "the main tool of US policy"));
        assertError(e, "themes.yaml:6: error: theme 'sanctions': the quote “the main tool of US policy” is found in no paragraph of beta");
    }

    @Test
    void aQuoteInTwoParagraphsIsAnErrorListingThem(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir);
        e.write("themes.yaml", THEMES.replace("(alpha \"the sanctions bill tied the president's hands\")", "(alpha \"in\")"));
        assertError(e, "themes.yaml:5: error: theme 'sanctions': the quote “in” is found in 3 paragraphs of alpha (¶ 1, ¶ 2, ¶ 3); quote more words");
    }

    @Test
    void aLinkToAnUnknownReportOrParagraphOrWithoutQuoteIsAnError(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir);
        e.write("themes.yaml", THEMES.replace("[arms control](alpha#p2)", "[arms control](alpha#p9)"));
        assertError(e, "themes.yaml:11: error: theme 'arms-control': the passage link to alpha#p9 names no paragraph: the report has paragraphs p1 to p3");
        e.write("themes.yaml", THEMES.replace("(beta \"the primary tool of US policy\")", "(delta \"the primary tool\")"));
        assertError(e, "themes.yaml:6: error: theme 'sanctions': the passage link names report 'delta', which does not exist; the reports are alpha, beta");
        e.write("themes.yaml", THEMES.replace("(beta \"the primary tool of US policy\")", "(beta)"));
        assertError(e, "themes.yaml:6: error: theme 'sanctions': the passage link to 'beta' needs a quote as its title");
        e.write("themes.yaml", THEMES.replace("(beta \"the primary tool of US policy\")", "(../beta.html)"));
        assertError(e, "themes.yaml:6: error: theme 'sanctions': the link to '../beta.html' is neither a web address nor a passage");
    }

    @Test
    void aThemeIdTakenOrReservedIsAnError(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir);
        e.write("themes.yaml", THEMES.replace("id: arms-control", "id: sanctions"));
        assertError(e, "themes.yaml:7: error: theme id 'sanctions' is used twice (first at line 1)");
        e.write("themes.yaml", THEMES.replace("id: arms-control", "id: timeline"));
        assertError(e, "themes.yaml:7: error: the theme id 'timeline' is taken by a comparison page");
    }

    private static void assertError(TestEdition e, String expected) {
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.CONTENT, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), run.err());
    }

    /** Every relative link and resource of a page leads to an existing file, and to an existing id in it. */
    public static void assertLinksResolve(Path site, Path page) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        java.util.Map<Path, Document> targets = new java.util.HashMap<>();
        for (Element link : doc.select("a[href], link[href], script[src]")) {
            String url = link.hasAttr("src") ? link.attr("src") : link.attr("href");
            if (url.startsWith("data:") || url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:")) {
                continue;
            }
            String file = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
            file = file.contains("?") ? file.substring(0, file.indexOf('?')) : file;
            Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
            assertTrue(target.startsWith(site) && Files.exists(target), site.relativize(page) + " links to missing " + url);
            if (url.contains("#") && target.toString().endsWith(".html")) {
                String id = url.substring(url.indexOf('#') + 1);
                Document linked = targets.get(target);
                if (linked == null) {
                    linked = Jsoup.parse(target.toFile(), "UTF-8");
                    targets.put(target, linked);
                }
                assertNotNull(linked.getElementById(id), site.relativize(page) + " links to missing anchor " + url);
            }
        }
    }
}
