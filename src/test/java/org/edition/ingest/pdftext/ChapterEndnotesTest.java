package org.edition.ingest.pdftext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.edition.ingest.importer.Importers;
import org.edition.ingest.importer.Intervention.Kind;
import org.junit.jupiter.api.Test;

/** Endnotes numbered by chapter: after each chapter, or in one notes section under the chapters' names. */
class ChapterEndnotesTest {
    private static final String CHAPTER_ONE = "1. Grain\n\nThe council measured the grain reserves of the north again.1\n\n"
            + "Traders moved their stocks to the markets of the coast.2\n\nThe ministry published the prices every week.3\n";
    private static final String CHAPTER_TWO = "2. Maize\n\nFarmers planted maize on the terraces of the valley.1\n\n"
            + "The harvest was the largest the region had known.2\n";

    @Test
    void notesAfterEachChapterAreASeriesEach() {
        String text = CHAPTER_ONE + "\nNotes\n\n1 The grain survey of 2019.\n2 The traders' own figures.\n3 Weekly bulletins.\n\f"
                + CHAPTER_TWO + "\nNotes\n\n1 The valley survey.\n2 The regional office's estimate.\n";
        Importers.Imported imported = PdfText.read(text);
        String md = imported.text().markdown();
        assertTrue(md.contains("of the north again.[^1]"), md);
        assertTrue(md.contains("terraces of the valley.[^1-2]"), md);
        assertTrue(md.contains("[^3]: Weekly bulletins."), md);
        assertTrue(md.contains("[^1-2]: The valley survey."), md);
        assertFalse(md.contains("Weekly bulletins. "), "the first chapter's notes end where the second chapter begins: " + md);
        assertTrue(md.contains("## 2. Maize"), md);
        assertTrue(imported.report().toText().contains("all matched"), imported.report().toText());
    }

    @Test
    void oneNotesSectionUnderTheChaptersNamesGivesASeriesPerChapter() {
        String text = CHAPTER_ONE + "\f" + CHAPTER_TWO + "\f" + "Notes\n\nChapter 1: Grain\n\n1 The grain survey of 2019.\n"
                + "2 The traders' own figures.\n3 Weekly bulletins.\n\nChapter 2: Maize\n\n1 The valley survey.\n"
                + "2 The regional office's estimate.\n";
        Importers.Imported imported = PdfText.read(text);
        String md = imported.text().markdown();
        assertTrue(md.contains("[^3]: Weekly bulletins.\n"), md);
        assertTrue(md.contains("[^2-2]: The regional office's estimate."), md);
        assertTrue(md.contains("terraces of the valley.[^1-2]"), md);
        assertFalse(md.contains("Chapter 2: Maize"), md);
        assertTrue(imported.report().toFullText().contains("notes sub-heading “Chapter 2: Maize” not emitted"),
                imported.report().toFullText());
        assertEquals(1, imported.report().count(Kind.NOTE_NUMBERING_RESTARTED), imported.report().toText());
    }

    @Test
    void aNumberedBibliographyBeforeTheNotesIsNoChaptersNotes() {
        String text = CHAPTER_ONE + "\nReferences\n\n1. Smith, J. (2019). Grain reserves in the north.\n"
                + "2. Jones, K. (2020). Markets of the coast.\n3. Brown, L. (2018). Weekly prices.\n\n"
                + "Notes\n\n1 The grain survey of 2019.\n2 The traders' own figures.\n3 Weekly bulletins.\n";
        String md = PdfText.markdown(text);
        assertTrue(md.contains("[^1]: The grain survey of 2019."), md);
        assertTrue(md.contains("Smith, J. (2019). Grain reserves in the north."), md);
        assertFalse(md.contains("[^1]: Smith"), md);
    }

    @Test
    void manyChaptersKeepTheReportShort() {
        StringBuilder text = new StringBuilder();
        String[] words = {"grain", "maize", "rice", "millet", "sorghum", "cassava", "beans", "wheat"};
        for (int c = 1; c <= 40; c++) {
            String crop = words[c % 8] + " and " + words[c / 8 % 8];
            text.append(c).append(". Chapter ").append(c).append("\n\nThe council measured the ").append(crop)
                    .append(" of the ").append(c % 2 == 0 ? "north" : "south").append(" again.1\n\f")
                    .append("The ministry published the figures for ").append(crop).append(" every week.\n\nNotes\n\n1 The survey of ")
                    .append(crop).append(" in district ").append(c).append(".\n\f");
        }
        Importers.Imported imported = PdfText.read(text.toString());
        String sequence = imported.report().toText().lines().filter(l -> l.startsWith("  note sequence:")).findFirst().orElseThrow();
        assertTrue(sequence.contains("and 30 more series (the full report lists them)"), sequence);
        assertTrue(imported.report().toFullText().contains("series 40"), "the full report lists every series");
        assertTrue(imported.text().markdown().contains("## 40. Chapter 40"), "a chapter's label is no running head");
        assertTrue(imported.text().markdown().contains("[^1-40]: The survey of grain and cassava in district 40."),
                imported.text().markdown());
    }
}
