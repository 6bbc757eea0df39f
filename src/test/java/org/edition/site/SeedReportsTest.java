package org.edition.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both seed reports read end to end with every note reference linked to its note and back. */
class SeedReportsTest {

    @ParameterizedTest(name = "{0}: references 1–{1}, texts {2}")
    @CsvSource({"lo-2017, 86, 15", "de-maio-dreyfus-2020, 53, 53"})
    void everyReferenceIsLinkedToItsNoteAndBack(String report, int references, int texts) {
        Document page = BuiltSeedSite.page("reports/" + report + ".html");
        List<Element> refs = page.select("a[role=doc-noteref]");
        List<String> expected = IntStream.rangeClosed(1, references).mapToObj(Integer::toString).toList();
        assertEquals(expected, refs.stream().map(Element::text).toList(), "note references in reading order");
        for (Element ref : refs) {
            Element note = page.getElementById(ref.attr("href").substring(1));
            assertNotNull(note, "no note for reference " + ref.text());
            assertTrue(note.is("section[role=doc-endnotes] li[role=doc-endnote]"), note.cssSelector());
            assertEquals(ref.text() + ".", note.selectFirst(".note-label").text());
            List<String> backlinks = note.select("a[role=doc-backlink]").eachAttr("href");
            assertTrue(backlinks.contains("#" + ref.id()), "note " + ref.text() + " does not link back to " + ref.id());
        }
        Element notes = page.selectFirst("section[role=doc-endnotes]");
        assertEquals(references, notes.select("[role=doc-endnote]").size());
        assertEquals(texts, notes.select("[role=doc-endnote]:not(.note-missing)").size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lo-2017", "de-maio-dreyfus-2020"})
    void paragraphsAreNumberedWithStableIdsAndSectionsHaveAnchors(String report) {
        Document page = BuiltSeedSite.page("reports/" + report + ".html");
        List<Element> paragraphs = page.select(".para");
        assertTrue(paragraphs.size() > 40, "only " + paragraphs.size() + " paragraphs");
        for (int i = 0; i < paragraphs.size(); i++) {
            assertEquals("p" + (i + 1), paragraphs.get(i).id());
            assertEquals("¶\u202f" + (i + 1), paragraphs.get(i).selectFirst("a.para-number").text());
        }
        for (Element link : page.select("nav.contents a")) {
            assertNotNull(page.getElementById(link.attr("href").substring(1)), link.attr("href"));
        }
    }

    @org.junit.jupiter.api.Test
    void theLowyReportSaysPlainlyWhichNoteTextsTheSourceLacks() {
        Document page = BuiltSeedSite.page("reports/lo-2017.html");
        assertTrue(page.selectFirst(".notes > p.editorial").text()
                .contains("cites notes 1–86 but holds the text of notes 1–15 only; note 15 breaks off"), page.selectFirst(".notes > p.editorial").text());
        Element note15 = page.getElementById("note-15");
        assertTrue(note15.hasClass("note-breaks-off"));
        assertTrue(note15.selectFirst(".editorial").text().contains("breaks off here in the source"));
        for (int n = 16; n <= 86; n++) {
            Element note = page.getElementById("note-" + n);
            assertTrue(note.hasClass("note-missing"));
            assertEquals("Editors: the source text lacks the text of this note.", note.selectFirst(".editorial").text());
        }
    }

    @org.junit.jupiter.api.Test
    void theHomePageListsBothReportsWithTheirMetadata() {
        Document home = BuiltSeedSite.page("index.html");
        List<Element> cards = home.select(".report-card");
        assertEquals(List.of("An Accident Waiting to Happen", "US-Russia Relations in the Trump Era"),
                cards.stream().map(c -> c.selectFirst("h3").text()).toList());
        assertTrue(cards.get(0).text().contains("Bobo Lo") && cards.get(0).text().contains("October 2017"));
        assertTrue(cards.get(1).text().contains("Giovanna De Maio") && cards.get(1).text().contains("Research Fellow at IRSEM"));
    }
}
