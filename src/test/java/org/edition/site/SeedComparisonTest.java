package org.edition.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The seed reports compared: every comparison page linked and resolving, the events both name on one row. */
class SeedComparisonTest {

    @Test
    void everyThemeOfTheOverviewHasItsPageAndEveryLinkOfTheComparisonPagesResolves() throws Exception {
        Document overview = BuiltSeedSite.page("compare/index.html");
        List<String> themes = overview.select("table.coverage-table tbody th a").eachAttr("href");
        assertTrue(themes.size() >= 8, "themes: " + themes);
        assertEquals(themes.size(), overview.select("svg.coverage-chart .chart-label").size());
        Path compare = BuiltSeedSite.folder().resolve("compare");
        try (Stream<Path> files = Files.list(compare)) {
            List<String> pages = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(pages.containsAll(themes), pages.toString());
            for (String page : pages) {
                org.edition.ComparisonPagesTest.assertLinksResolve(BuiltSeedSite.folder(), compare.resolve(page));
            }
        }
        for (String report : List.of("lo-2017", "de-maio-dreyfus-2020")) {
            org.edition.ComparisonPagesTest.assertLinksResolve(BuiltSeedSite.folder(),
                    BuiltSeedSite.folder().resolve("reports/" + report + ".html"));
        }
    }

    @Test
    void theTimelineSetsBothReportsOnOneRowWhereTheyNameOneEvent() {
        Document timeline = BuiltSeedSite.page("compare/timeline.html");
        Element eighties = timeline.select("ol.timeline > li.event").stream()
                .filter(li -> li.selectFirst(".when").text().startsWith("early 1980s")).findFirst().orElseThrow();
        assertTrue(eighties.hasClass("shared"));
        assertEquals(List.of("../reports/lo-2017.html#p13", "../reports/de-maio-dreyfus-2020.html#p3"),
                eighties.select(".mention > a").eachAttr("href"));
        assertTrue(timeline.select("li.event time[datetime=2007-02]").size() == 1, "Munich, February 2007");
        List<String> order = timeline.select("ol.timeline > li .when").eachText();
        assertTrue(order.indexOf("October 2017") > order.indexOf("July 2017"), "Lo's publication after July 2017: " + order);
        assertFalse(timeline.select("li.event:has(time[datetime=2021-02]) .ahead").isEmpty(), "New START, looking ahead");
    }

    @Test
    void paragraphsOfOneReportLinkTheirKinInTheOther() {
        Document lo = BuiltSeedSite.page("reports/lo-2017.html");
        assertTrue(lo.select(".para .related").size() >= 10, "related passages: " + lo.select(".para .related").size());
        assertFalse(lo.select("#p27 .related a[href=de-maio-dreyfus-2020.html#p28]").isEmpty(),
                "the Tomahawk strikes of April 2017, in both");
    }
}
