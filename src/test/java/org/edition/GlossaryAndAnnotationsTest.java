package org.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.edition.cli.ExitCodes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryAndAnnotationsTest {
    static final String GLOSSARY = """
            - id: first-note
              term: first note
              kind: concept
              aliases: [the first]
              definition: A *note* that comes first.
              related: [second-note]
            - id: second-note
              term: second note
              kind: concept
              definition: The one after.
            """;

    static TestEdition edition(Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("glossary.yaml", GLOSSARY);
        e.write("annotations.yaml", """
                - id: later
                  report: alpha
                  kind: hindsight
                  quote:
                    exact: cites another
                  body: In **2020** this changed.
                """);
        return e;
    }

    @Test
    void termsLinkToTheirPagesWhichListEveryOccurrence(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir);
        e.write("sources/alpha.md", java.nio.file.Files.readString(e.content.resolve("sources/alpha.md"))
                .replace("[^2]: The second note, see", "[^2]: Unlike the first note, the second note; see"));
        TestEdition.Run run = e.build();
        assertEquals(0, run.exitCode(), run.err());
        Document report = e.page("reports/alpha.html");
        List<Element> terms = report.select("a.term");
        assertEquals(List.of("../glossary/first-note.html", "../glossary/second-note.html"),
                terms.stream().map(t -> t.attr("href")).distinct().toList());
        assertNotNull(report.getElementById("def-first-note"), "definition for the popover");
        assertTrue(report.getElementById("term-definitions").hasAttr("hidden"));

        Document entry = e.page("glossary/first-note.html");
        assertEquals("first note", entry.selectFirst("h1").text());
        assertEquals("A note that comes first.", entry.selectFirst(".definition").text());
        assertEquals("second-note.html", entry.selectFirst(".related a").attr("href"));
        List<Element> kwic = entry.select(".kwic li");
        assertEquals(2, kwic.size());
        for (Element li : kwic) {
            String href = li.selectFirst("a").attr("href");
            Document target = Jsoup.parse(e.site.resolve("glossary").resolve(href.substring(0, href.indexOf('#'))).toFile(), "UTF-8");
            assertNotNull(target.getElementById(href.substring(href.indexOf('#') + 1)), href);
        }
        assertEquals("first note", kwic.get(0).selectFirst("mark").text());

        Document index = e.page("glossary/index.html");
        assertEquals(List.of("F", "S"), index.select("nav.letters a").eachText());
        assertEquals(List.of("concept"), index.select(".entry").eachAttr("data-kind").stream().distinct().toList());
    }

    @Test
    void annotationsSitBesideTheirPassageAndOnTheirOwnPage(@TempDir Path dir) throws IOException {
        TestEdition e = edition(dir);
        TestEdition.Run run = e.build();
        assertEquals(0, run.exitCode(), run.err());
        Document report = e.page("reports/alpha.html");
        Element mark = report.getElementById("annotated-later");
        assertEquals("p2", mark.closest(".para").id());
        Element note = report.getElementById("annotation-later");
        assertEquals("p2", note.previousElementSibling().id(), "the annotation is not beside its paragraph");
        assertTrue(note.text().contains("Editors’ annotation · What happened next"), note.text());
        Document all = e.page("annotations.html");
        assertEquals("reports/alpha.html#annotated-later", all.selectFirst("#later a").attr("href"));
    }

    @Test
    void aDuplicateAliasIsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("glossary.yaml", GLOSSARY.replace("kind: concept\n  definition: The one after.",
                "kind: concept\n  aliases: [The First]\n  definition: The one after."));
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.CONTENT, run.exitCode());
        assertTrue(run.err().contains("glossary.yaml:10: error: 'The First' is already a term or alias of glossary entry 'first-note'"), run.err());
    }

    @Test
    void oneEntryMayListFormsThatDifferOnlyInCase(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("glossary.yaml", GLOSSARY.replace("aliases: [the first]", "aliases: [the first, First note]"));
        TestEdition.Run run = e.build();
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aRelatedEntryThatDoesNotExistIsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("glossary.yaml", GLOSSARY.replace("related: [second-note]", "related: [third-note]"));
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.CONTENT, run.exitCode());
        assertTrue(run.err().contains("glossary.yaml:6: error: related entry 'third-note' does not exist in the glossary"), run.err());
    }

    @Test
    void anUnknownKindIsAnError(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("glossary.yaml", GLOSSARY.replaceFirst("kind: concept", "kind: gadget"));
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.CONTENT, run.exitCode());
        assertTrue(run.err().contains("glossary.yaml:3: error: unknown kind 'gadget'"), run.err());
    }
}
