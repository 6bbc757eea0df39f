package org.edition.ingest.pdftext;

import java.util.List;
import org.edition.ingest.importer.ImportReport;
import org.edition.ingest.importer.Intervention.Kind;
import org.edition.ingest.importer.Intervention;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Endnotes and page-bottom footnotes read into note definitions. */
class NoteTextTest {

    @Test
    void endnoteTextsWrapOverBlankLinesAndANumberInsideANoteDoesNotStartOne() {
        String text = """
                Alliance members agreed to a new force in 2014.1 It has since grown.2

                NOTES

                1 A brigade of around

                5 000 troops whose battalions rotate.

                2 Later reports, 2016,

                https://www.example.org/force-

                posture/report.html.
                """;
        String markdown = PdfText.markdown(text);
        assertTrue(markdown.contains("[^1]: A brigade of around 5 000 troops whose battalions rotate.\n"), markdown);
        assertTrue(markdown.contains("[^2]: Later reports, 2016, <https://www.example.org/force-posture/report.html>.\n"));
        assertFalse(markdown.contains("NOTES"));
    }

    @Test
    void aNoteCutOffByTheEndOfTheSourceIsMarked() {
        String text = """
                The council met twice in 2019.1 It met again in 2020.2

                Endnotes

                1 Minutes of the council, 2019.
                2 “Survey of councils”,
                """;
        ImportReport report = PdfText.read(text).report();
        assertTrue(PdfText.markdown(text).endsWith("[^2]: “Survey of councils”, <!-- edition:note-breaks-off -->\n"));
        assertEquals(List.of("2"), report.census().brokenOff());
        assertEquals(1, report.count(Kind.NOTE_BREAKS_OFF));
    }

    @Test
    void backMatterAfterTheNotesIsKept() {
        String text = """
                The council met twice in 2019.1

                NOTES

                1 Minutes of the council, 2019.

                ABOUT THE AUTHOR

                Jane Roe studies local government.
                """;
        String markdown = PdfText.markdown(text);
        assertTrue(markdown.contains("## ABOUT THE AUTHOR\n\nJane Roe studies local government.\n\n[^1]: Minutes"), markdown);
        assertEquals(1, PdfText.read(text).report().count(Kind.BACK_MATTER_KEPT));
    }

    @Test
    void referencesWithoutNoteTextsGetNoInventedDefinition() {
        String text = """
                The first claim.1 The second claim.2 The third claim.3

                Notes

                1 Only the first note survives.
                """;
        ImportReport report = PdfText.read(text).report();
        assertEquals(List.of("2", "3"), report.census().withoutNote());
        assertFalse(PdfText.markdown(text).contains("[^2]:"));
    }

    @Test
    void footnoteContinuesAtTheFootOfTheNextPage() {
        String page1 = PdfText.filler("the stores", 10)
                + "board in the capital, which sets the price once a year.1\n\n"
                + "1 The board publishes the price on radio; in two of the\n\n1\n\f";
        String page2 = PdfText.filler("the markets", 10)
                + "board again, and the price held for the whole season.2\n\n"
                + "districts it is also posted at the markets.\n"
                + "2 Board records, 2023.\n\n2\n\f";
        String markdown = PdfText.markdown(page1 + page2);
        assertTrue(markdown.contains("[^1]: The board publishes the price on radio; in two of the districts it is"
                + " also posted at the markets.\n"), markdown);
        assertTrue(markdown.contains("[^2]: Board records, 2023.\n"));
        assertFalse(markdown.contains("districts it is also posted at the markets. "));
    }
}
