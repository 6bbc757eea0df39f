package org.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.io.file.PathUtils;
import org.edition.publish.Manifest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildEndToEndTest {

    @Test
    void buildsHomeAndReportPagesWithNotesLinkedBothWays(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        TestEdition.Run run = e.build();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("built"), run.out());

        Document home = e.page("index.html");
        assertEquals("Test Edition", home.selectFirst("h1").text());
        assertEquals("An introduction.", home.selectFirst(".introduction p").text());
        Element card = home.selectFirst(".report-card");
        assertEquals("reports/alpha.html", card.selectFirst("h3 a").attr("href"));
        assertTrue(card.text().contains("Ann Author"), card.text());
        assertTrue(card.text().contains("May 2019"), card.text());

        Document report = e.page("reports/alpha.html");
        assertEquals("Alpha Report", report.selectFirst("h1").ownText());
        assertEquals("first-section", report.selectFirst("section h2").id());
        assertEquals("#first-section", report.selectFirst("nav.contents a").attr("href"));
        List<Element> refs = report.select("a[role=doc-noteref]");
        assertEquals(List.of("1", "2", "3"), refs.stream().map(Element::text).toList());
        for (Element ref : refs) {
            Element note = report.getElementById(ref.attr("href").substring(1));
            assertTrue(note != null && note.is("section[role=doc-endnotes] [role=doc-endnote]"), "note for " + ref);
            Element back = note.selectFirst("a[role=doc-backlink]");
            assertEquals("#" + ref.id(), back.attr("href"));
        }
        Element lost = report.getElementById("note-3");
        assertTrue(lost.hasClass("note-missing"));
        assertTrue(lost.selectFirst(".editorial").text().contains("lacks the text of this note"), lost.text());
        assertTrue(report.selectFirst(".notes > p.editorial").text().contains("holds the text of notes 1, 2 only"),
                report.selectFirst(".notes > p.editorial").text());
        assertEquals(List.of("p1", "p2"), report.select("p.para").eachAttr("id"));
        assertEquals("#p2", report.selectFirst("#p2 a.para-number").attr("href"));
        assertEquals("https://example.org/x", report.selectFirst("#note-2 a[href^=https]").attr("href"));
    }

    @Test
    void everyLinkIsRelativeAndResolves(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        assertEquals(0, e.build().exitCode());
        for (String page : List.of("index.html", "reports/alpha.html")) {
            Document doc = e.page(page);
            for (Element link : doc.select("a[href], link[href], script[src]")) {
                String url = link.hasAttr("src") ? link.attr("src") : link.attr("href");
                if (url.startsWith("data:")) {
                    continue;
                }
                if (url.startsWith("https://") || url.startsWith("mailto:")) {
                    assertTrue(link.is("a"), "only links may point away: " + link);
                    continue;
                }
                assertFalse(url.startsWith("/"), url);
                String file = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                Path target = file.isEmpty() ? e.site.resolve(page) : e.site.resolve(page).getParent().resolve(file).normalize();
                assertTrue(Files.exists(target), page + " links to missing " + url);
                if (url.contains("#")) {
                    String id = url.substring(url.indexOf('#') + 1);
                    Document targetDoc = org.jsoup.Jsoup.parse(target.toFile(), "UTF-8");
                    assertTrue(targetDoc.getElementById(id) != null, page + " links to missing anchor " + url);
                }
            }
        }
    }

    @Test
    void sameSourcesGiveByteIdenticalSitesInAnyFolder(@TempDir Path dir) throws IOException {
        TestEdition first = TestEdition.minimal(dir.resolve("one"));
        assertEquals(0, first.build().exitCode());
        Map<String, String> once = TestEdition.snapshot(first.site);
        assertEquals(0, first.build().exitCode());
        assertEquals(once, TestEdition.snapshot(first.site), "a rebuild changed the site");

        TestEdition elsewhere = new TestEdition(dir.resolve("a different place"));
        PathUtils.copyDirectory(first.content, elsewhere.content);
        assertEquals(0, elsewhere.build().exitCode());
        assertEquals(once, TestEdition.snapshot(elsewhere.site), "the folder changed the site");
        assertTrue(once.containsKey(Manifest.FILE));

        Path here = Path.of("").toAbsolutePath();
        Path relativeOut = dir.resolve("relative-site");
        TestEdition.Run relative = TestEdition.run("build", "--content", here.relativize(first.content).toString(),
                "--templates", "templates", "--out", here.relativize(relativeOut).toString());
        assertEquals(0, relative.exitCode(), relative.err());
        assertEquals(once, TestEdition.snapshot(relativeOut), "naming the folders relatively changed the site");
    }

    @Test
    void anotherLocaleAndTimeZoneGiveTheSameBytes(@TempDir Path dir) throws Exception {
        TestEdition e = TestEdition.minimal(dir);
        e.write("glossary.yaml", "- id: first\n  term: first note\n  kind: concept\n  definition: Comes first.\n");
        assertEquals(0, e.build().exitCode());
        Map<String, String> here = TestEdition.snapshot(e.site);
        Path other = dir.resolve("other-site");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC",
                "-Dfile.encoding=ISO-8859-1", "-cp", System.getProperty("java.class.path"), "org.edition.cli.EditionCommand",
                "build", "--content", e.content.toString(), "--templates", "templates", "--out", other.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertEquals(here, TestEdition.snapshot(other), "locale, time zone or default encoding changed the site");
    }

    @Test
    void manifestListsEveryFileWithItsDigest(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        assertEquals(0, e.build().exitCode());
        List<String> lines = Files.readAllLines(e.site.resolve(Manifest.FILE), StandardCharsets.UTF_8);
        Map<String, String> files = TestEdition.snapshot(e.site);
        files.remove(Manifest.FILE);
        assertEquals(files.size(), lines.size());
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            assertEquals(files.get(parts[1]), parts[0], line);
        }
    }

    @Test
    void sourceDateEpochDatesTheEditionWhenEditionYamlDoesNot(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        new EditionBuild("test").run(new EditionBuild.Options(e.content, Path.of("templates"), e.site,
                Optional.of(1_600_000_000L)));
        assertTrue(e.page("index.html").selectFirst(".site-footer").text().contains("13 September 2020"));
    }

    @Test
    void sourceWithoutSidecarBuildsWithAWarningSayingWhatWasGuessed(@TempDir Path dir) throws IOException {
        TestEdition e = new TestEdition(dir);
        e.write("edition.yaml", "title: T\n");
        e.write("sources/bare-report.md", "## THE HEADING\n\nText.[^1]\n\n[^1]: Note.\n");
        TestEdition.Run run = e.build();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("bare-report.md: warning: no metadata sidecar gives title"), run.err());
        assertTrue(run.err().contains("\"THE HEADING\" (from the first heading)"), run.err());
        assertEquals("THE HEADING", e.page("reports/bare-report.html").selectFirst("h1").ownText());
    }
}
