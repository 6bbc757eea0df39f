package org.edition.site;

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
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.edition.ComparisonPagesTest;
import org.edition.EditionBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages that grow with the edition — a theme's passages, a glossary entry's occurrences, the timeline —
 * are cut into parts a phone opens once they are long: here four reports of 150 paragraphs, each naming
 * Congress four times, speaking of sanctions and dated to a month of its own, built with the real
 * templates. Every part is checked as a reader meets it: whole reports in order, each exactly once,
 * counts linking to the part that holds them, navigation between the parts, every link resolving, valid
 * HTML (Nu Html Checker) and no serious axe-core violation at phone width in Chromium.
 */
class LongPagesTest {
    private static final int REPORTS = 4;
    private static final int PARAGRAPHS = 150;
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    /** A sentence every paragraph holds, naming an event of the glossary: one timeline row of 600 mentions, too large for one part. */
    private static final String SUMMER = "In summer 1949, for the first session, the members of the committee, who had come from every part of the country and from"
            + " every party, met for the first time in the old chamber, where they heard the clerks read out the rules of procedure, the"
            + " list of the matters referred to them, the names of the witnesses to be called and the dates of the hearings that would"
            + " follow over the months to come, and then, having agreed to meet again in the autumn, walked out together into the heat"
            + " of the afternoon, past the crowd that had gathered on the steps to watch them leave, and went their separate ways home"
            + " to their districts, their families and the letters that had piled up on their desks while they were away.";
    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("edition.yaml", "title: A Long Edition\n");
        files.put("glossary.yaml", """
                - id: congress
                  term: Congress
                  kind: organisation
                  definition: The legislature of the United States.
                - id: first-session
                  term: first session
                  kind: event
                  definition: The committee's first meeting.
                """);
        files.put("themes.yaml", """
                - id: sanctions
                  title: Sanctions
                  phrases: [sanctions]
                  synthesis: Every report weighs the sanctions.
                """);
        for (int r = 1; r <= REPORTS; r++) {
            files.put("sources/report-" + r + ".md", report(r));
        }
        site = built(dir, files);
    }

    /** Writes the content files (path in {@code content/} → text) and builds them with the real templates; returns the site. */
    static Path built(Path dir, Map<String, String> files) throws IOException {
        Path content = dir.resolve("content");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.createDirectories(content.resolve(file.getKey()).getParent());
            Files.writeString(content.resolve(file.getKey()), file.getValue());
        }
        Path out = dir.resolve("site");
        new EditionBuild("test").run(new EditionBuild.Options(content, Path.of("templates"), out, Optional.empty()));
        return out;
    }

    /** A report of {@link #PARAGRAPHS} paragraphs, each dated to a month no other paragraph of the edition has. */
    private static String report(int r) {
        StringBuilder text = new StringBuilder("---\ntitle: Report " + r + "\nauthors:\n  - name: Author Number" + r
                + "\ndate: " + (2010 + r) + "-06\n---\n## Sanctions\n\n");
        for (int i = 0; i < PARAGRAPHS; i++) {
            int k = (r - 1) * PARAGRAPHS + i;
            String when = MONTHS[k % 12] + " " + (1950 + k / 12);
            text.append("In ").append(when).append(" Congress weighed sanctions in case ").append(k)
                    .append(", and the committee heard the witnesses who spoke for and against the measure before the vote on it was taken in the chamber. ")
                    .append("Members of Congress asked whether the sanctions would reach the banks, the ports and the firms that trade with the region named in case ")
                    .append(k).append(". Staff of Congress answered that the measure would reach them all within a year of its passage, and that the allies had been told. ")
                    .append("The debate ran late; Congress adjourned with the question of enforcement still open, and the press reported the division in detail the next morning. ")
                    .append(SUMMER).append("\n\n");
        }
        return text.toString();
    }

    /** The parts of a page, in order: its own path, then {@code name.2.html} and so on while they exist. */
    static List<Path> parts(Path site, String page) {
        List<Path> parts = new ArrayList<>(List.of(site.resolve(page)));
        for (int n = 2; Files.exists(site.resolve(page.replace(".html", "." + n + ".html"))); n++) {
            parts.add(site.resolve(page.replace(".html", "." + n + ".html")));
        }
        return parts;
    }

    static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every part names all parts, marks itself as the current one, steps to its neighbours, and says which it is in its title. */
    static void assertNavigation(List<Path> parts) throws IOException {
        for (int n = 1; n <= parts.size(); n++) {
            Document part = parse(parts.get(n - 1));
            assertTrue(part.title().contains("(part " + n + " of " + parts.size() + ")"), part.title());
            List<String> hrefs = part.select("nav.page-parts li a").eachAttr("href");
            assertEquals(parts.stream().map(p -> p.getFileName().toString()).toList(), hrefs);
            assertEquals(List.of(parts.get(n - 1).getFileName().toString()), part.select("nav.page-parts a[aria-current=page]").eachAttr("href"));
            Element previous = part.selectFirst("nav.page-part-steps a[rel=prev]");
            Element next = part.selectFirst("nav.page-part-steps a[rel=next]");
            assertEquals(n > 1 ? parts.get(n - 2).getFileName().toString() : null, previous == null ? null : previous.attr("href"));
            assertEquals(n < parts.size() ? parts.get(n).getFileName().toString() : null, next == null ? null : next.attr("href"));
            assertTrue(Files.size(parts.get(n - 1)) < 1_000_000, parts.get(n - 1) + " weighs " + Files.size(parts.get(n - 1)) + " bytes");
        }
    }

    @Test
    void aThemeTooLongForOnePageIsCutIntoPartsOfWholeReportsInOrder() throws IOException {
        List<Path> parts = parts(site, "compare/sanctions.html");
        assertTrue(parts.size() >= 2, "the theme's passages (about 700,000 characters) should take two parts or more");
        assertNavigation(parts);
        List<String> columns = new ArrayList<>();
        int passages = 0;
        for (Path p : parts) {
            Document part = parse(p);
            List<String> here = part.select(".side-by-side > section.column").eachAttr("data-report");
            assertTrue(part.selectFirst(".side-by-side").hasClass("columns-" + here.size()), "the grid counts the part's own columns");
            columns.addAll(here);
            passages += part.select("li.passage").size();
            assertNotNull(part.selectFirst(".synthesis"), "the synthesis is on every part");
        }
        assertEquals(IntStream.rangeClosed(1, REPORTS).mapToObj(r -> "report-" + r).toList(), columns);
        assertEquals(REPORTS * PARAGRAPHS, passages);

        Document first = parse(parts.get(0));
        List<Element> counts = first.select(".theme-counts a");
        assertEquals(REPORTS, counts.size(), "the first part counts every report's passages");
        for (Element count : counts) {
            String[] target = count.attr("href").split("#");
            Document holder = parse(site.resolve("compare").resolve(target[0]));
            assertNotNull(holder.getElementById(target[1]), count.attr("href") + " leads to the column");
            assertEquals(PARAGRAPHS + " passages", count.ownText().strip());
        }
        for (Path p : parts.subList(1, parts.size())) {
            assertNull(parse(p).selectFirst(".theme-counts"), "the counts stand on the first part only");
        }
    }

    @Test
    void aGlossaryEntrysOccurrencesAreCutIntoPartsOfWholeReports() throws IOException {
        List<Path> parts = parts(site, "glossary/congress.html");
        assertTrue(parts.size() >= 2, "2,400 occurrences with their contexts should take two parts or more");
        assertNavigation(parts);
        List<String> reports = new ArrayList<>();
        int occurrences = 0;
        for (Path p : parts) {
            Document part = parse(p);
            reports.addAll(part.select("section.report-occurrences > h3").eachAttr("id"));
            occurrences += part.select("ol.kwic > li").size();
            assertEquals("The legislature of the United States.", part.selectFirst(".definition").text());
        }
        assertEquals(IntStream.rangeClosed(1, REPORTS).mapToObj(r -> "in-report-" + r).toList(), reports);
        assertEquals(REPORTS * PARAGRAPHS * 4, occurrences);
        Element summary = parse(parts.get(0)).selectFirst("section.occurrences > p");
        assertTrue(summary.text().startsWith("Congress occurs 600 times in Report 1; 600 times in Report 2"), summary.text());
        assertEquals(REPORTS, summary.select("a").size());
        for (Path p : parts.subList(1, parts.size())) {
            assertNull(parse(p).selectFirst("section.occurrences > p"), "the summary stands on the first part only");
        }
    }

    @Test
    void theTimelineIsCutIntoPartsOfWholeRowsInDateOrder() throws IOException {
        List<Path> parts = parts(site, "compare/timeline.html");
        assertTrue(parts.size() >= 2, "600 dated events with their sentences should take two parts or more");
        assertNavigation(parts);
        List<String> dates = new ArrayList<>();
        int publications = 0;
        for (Path p : parts) {
            Document part = parse(p);
            dates.addAll(part.select("ol.timeline > li.event p.when time").eachAttr("datetime"));
            publications += part.select("ol.timeline > li.publication").size();
        }
        assertEquals(REPORTS * PARAGRAPHS, dates.size());
        assertEquals(dates.stream().sorted().toList(), dates, "the parts follow one another in date order");
        assertEquals(dates.size(), dates.stream().distinct().count());
        assertEquals(REPORTS, publications);
        assertNotNull(parse(parts.get(0)).selectFirst(".timeline-key"));

        List<Element> summer = new ArrayList<>();
        for (Path p : parts) {
            summer.addAll(parse(p).select("ol.timeline > li.event:has(p.when span.span:containsOwn(summer 1949))"));
        }
        assertTrue(summer.size() >= 2, "the row of 600 mentions is cut into pieces: " + summer.size());
        assertEquals(REPORTS * PARAGRAPHS, summer.stream().mapToInt(row -> row.select("li.mention").size()).sum(), "every mention once");
        assertTrue(summer.get(0).selectFirst(".shared-mark").text().startsWith("in Number1 2011 and Number2 2012"), summer.get(0).text());
        for (Element piece : summer.subList(1, summer.size())) {
            assertEquals("(continued)", piece.selectFirst(".shared-mark").text());
        }
        assertNull(parse(parts.get(1)).selectFirst(".timeline-key"), "the key stands on the first part only");
    }

    @Test
    void everyLinkOfEveryPartResolves() throws IOException {
        for (String page : List.of("compare/sanctions.html", "glossary/congress.html", "compare/timeline.html")) {
            for (Path part : parts(site, page)) {
                ComparisonPagesTest.assertLinksResolve(site, part);
            }
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        assertEquals(List.of(), HtmlValidityTest.nuErrors(site), "Nu Html Checker errors");
    }

    @Test
    void noPartHasASeriousAccessibilityViolationOnAPhone() throws Exception {
        assertAccessibleOnAPhone(site, Stream.of("compare/sanctions.html", "glossary/congress.html", "compare/timeline.html")
                .flatMap(p -> parts(site, p).stream()).map(p -> site.relativize(p).toString()).toList());
    }

    /** No serious or critical axe-core violation, and nothing on the console, on each page at phone width in Chromium. */
    static void assertAccessibleOnAPhone(Path site, List<String> pages) throws Exception {
        try (SiteServer server = new SiteServer(site, "/long/")) {
            ChromeDriver driver = Browser.start(375, 812);
            try {
                driver.executeCdpCommand("Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
                for (String page : pages) {
                    Browser.open(driver, server.url(page));
                    List<String> serious = Axe.run(driver).stream().filter(Axe.Violation::serious).map(String::valueOf).toList();
                    assertEquals(List.of(), serious, "axe violations on " + page);
                    assertEquals(List.of(), Browser.consoleErrors(driver), "console errors on " + page);
                }
            } finally {
                driver.quit();
            }
        }
    }
}
