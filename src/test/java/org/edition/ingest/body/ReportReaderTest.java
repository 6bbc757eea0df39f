package org.edition.ingest.body;

import java.util.List;
import org.edition.model.Insert;
import org.edition.model.Note;
import org.edition.model.PageStart;
import org.edition.model.Paragraph;
import org.edition.model.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportReaderTest {
    private final ReportReader reader = new ReportReader(new MarkdownEngine());

    @Test
    void readsSectionsParagraphsAndNotesLinkedBothWays() {
        ReportBody body = reader.read("""
                Opening words.[^1]

                ## FIRST PART[^2]

                A paragraph citing one.[^1] And three.[^3]

                <!-- edition:page 7 -->

                Second paragraph with a <!-- edition:page 8 -->page break inside.

                <!-- edition:pull-quote -->
                > A lifted quote.

                [^1]: The first note, with <https://example.org/a-b>.
                [^2]: The second. <!-- edition:note-breaks-off -->
                """);
        List<Section> sections = body.sections();
        assertEquals(2, sections.size());
        assertEquals(0, sections.get(0).level());
        assertEquals("first-part", sections.get(1).id());
        assertEquals("FIRST PART", sections.get(1).title());
        assertEquals(1, sections.get(1).level());

        List<Paragraph> paragraphs = sections.get(1).paragraphs();
        assertEquals(List.of("p2", "p3"), paragraphs.stream().map(Paragraph::id).toList());
        assertEquals("A paragraph citing one. And three.", paragraphs.get(0).text());
        Element p = Jsoup.parseBodyFragment(paragraphs.get(0).html()).body();
        assertEquals(List.of("ref-1-2", "ref-3"), p.select("a[role=doc-noteref]").eachAttr("id"));
        assertEquals(List.of("#note-1", "#note-3"), p.select("a[role=doc-noteref]").eachAttr("href"));

        assertTrue(sections.get(1).blocks().get(1) instanceof PageStart ps && ps.id().equals("page-7"));
        assertEquals(List.of("8"), paragraphs.get(1).pages());
        assertEquals("Second paragraph with a page break inside.", paragraphs.get(1).text());
        assertTrue(sections.get(1).blocks().get(3) instanceof Insert i && i.type().equals("pull-quote"));

        List<Note> notes = body.notes();
        assertEquals(List.of("1", "2", "3"), notes.stream().map(Note::label).toList());
        assertEquals(List.of(Note.Status.PRESENT, Note.Status.BREAKS_OFF, Note.Status.MISSING),
                notes.stream().map(Note::status).toList());
        assertEquals(List.of("ref-1", "ref-1-2"), notes.get(0).references().stream().map(r -> r.id()).toList());
        assertEquals("first-part", notes.get(1).references().get(0).blockId());
        assertEquals("The second.", notes.get(1).text());
        assertTrue(notes.get(0).html().contains("href=\"https://example.org/a-b\""), notes.get(0).html());
    }

    @Test
    void dropsUnsafeHtml() {
        ReportBody body = reader.read("Text <script>alert(1)</script> and <img src=\"http://x/y.png\"> <b onclick=\"x\">bold</b>.\n");
        Paragraph p = body.sections().get(0).paragraphs().get(0);
        Element e = Jsoup.parseBodyFragment(p.html()).body();
        assertTrue(e.select("script, img, [onclick]").isEmpty(), p.html());
        assertEquals("Text and bold.", p.text().replaceAll("\\s+", " "));
    }
}
