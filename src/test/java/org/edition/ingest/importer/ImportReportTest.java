package org.edition.ingest.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.edition.diagnostics.Diagnostic;
import org.edition.ingest.markdown.MarkdownImporter;
import org.edition.ingest.metadata.FoundMetadata;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;
import org.junit.jupiter.api.Test;

/**
 * The import report as an editor reads it: short for a clean import; for each kind of note problem the
 * labels and the source line of each, from the places the importer recorded; a warning where the notes
 * were not read at all.
 */
class ImportReportTest {

    /** An importer that passes its text through and, like an importer that does not yet record them, no note places. */
    private static final class PlacelessImporter implements Importer {
        @Override
        public SourceFormat format() {
            return SourceFormat.PDF_TEXT;
        }

        @Override
        public int sniff(SourceText source) {
            return 100;
        }

        @Override
        public ImportedText read(SourceText source, ImportLog log) {
            return new ImportedText(source.text(), FoundMetadata.NONE);
        }
    }

    /** An importer that, like the PDF importer, records pages: the reference to 1 on pages 2 and 4, note 2 on page 5. */
    private static final class PagedImporter implements Importer {
        @Override
        public SourceFormat format() {
            return SourceFormat.PDF;
        }

        @Override
        public int sniff(SourceText source) {
            return 100;
        }

        @Override
        public ImportedText read(SourceText source, ImportLog log) {
            log.positionsArePages();
            log.noteReference("1", 2);
            log.noteReference("1", 4);
            log.noteText("2", 5);
            return new ImportedText("A.[^1]\n\nB.[^1]\n\n[^2]: Two.\n", FoundMetadata.NONE);
        }
    }

    private static ImportReport markdown(String name, String text) {
        return Importers.standard().importSource(SourceText.of(name, text), Optional.of(SourceFormat.MARKDOWN)).report();
    }

    private static ImportReport placeless(String name, String text) {
        return new Importers(List.of(new PlacelessImporter())).importSource(SourceText.of(name, text), Optional.empty()).report();
    }

    private static String notes(int from, int to, boolean references, boolean texts) {
        StringBuilder s = new StringBuilder("## Part\n\n");
        for (int n = from; n <= to && references; n++) {
            s.append("Paragraph ").append(n).append(".[^").append(n).append("]\n\n");
        }
        for (int n = from; n <= to && texts; n++) {
            s.append("[^").append(n).append("]: Note ").append(n).append(".\n\n");
        }
        return s.toString();
    }

    @Test
    void aCleanImportTakesTwoLinesForItsNotes() {
        ImportReport report = markdown("clean.md", "## A\n\nText.[^1] More.[^2]\n\n[^1]: One.\n\n[^2]: Two.\n");
        assertEquals("""
                import report for clean.md
                  format: markdown (declared)
                  notes: 2 references (2 distinct) and 2 note texts, all matched
                  note sequence: 1, 2
                """, report.toText());
    }

    @Test
    void eachUnmatchedNoteIsListedWithItsSourceLine() {
        String text = """
                ## A

                Text.[^1] More.[^3]

                Again.[^3]

                ## B

                [^1]: One.

                [^2]: Two, never cited.
                """;
        ImportReport report = markdown("r.md", text);
        String s = report.toText();
        assertTrue(s.contains("""
                  notes: 3 references (2 distinct) and 2 note texts
                  note sequence: 1–3
                  references without a note: 3
                    r.md:3: [^3] (cited again at line 5)
                  notes without a reference: 2
                    r.md:11: [^2]
                """), s);
        assertTrue(s.contains("  r.md:3: warning: note [^3] is cited but has no text\n"), s);
    }

    @Test
    void positionsInAPdfAreNamedAsPages() {
        ImportReport report = new Importers(List.of(new PagedImporter())).importSource(SourceText.of("r.pdf", "x"), Optional.empty()).report();
        String s = report.toText();
        assertTrue(s.contains("    r.pdf:2: [^1] (cited again at page 4)\n"), s);
        assertTrue(s.contains("    r.pdf:5: [^2]\n"), s);
        assertFalse(s.contains("line"), s);
    }

    @Test
    void aGapIsPlacedBetweenItsNeighboursAndARestartAtItsFirstLine() {
        String text = """
                Text.[^1] and[^2]

                and[^4]

                A second part.[^1-2]

                [^1]: One.

                [^2]: Two.

                [^4]: Four.

                [^1-2]: One again.
                """;
        String s = markdown("r.md", text).toText();
        assertTrue(s.contains("  note sequence: 1, 2, 4, then 1 (a second series, from line 5)\n"), s);
        assertTrue(s.contains("""
                  gaps in the sequence: 3 (neither a reference nor a note text found)
                    r.md:1: note 3 would come between [^2] and [^4] (line 3)
                """), s);
    }

    @Test
    void numbersOutOfSequenceSayWhatTheyFollow() {
        String text = "A.[^1] B.[^3]\n\nC.[^2]\n\n[^1]: One.\n\n[^2]: Two.\n\n[^3]: Three.\n";
        String s = markdown("r.md", text).toText();
        assertTrue(s.contains("  numbers out of sequence: 3\n    r.md:1: [^3] follows [^1]\n"), s);
    }

    @Test
    void theShortReportListsTheFirstTenPlacesAndTheFullReportAll() {
        ImportReport report = markdown("r.md", notes(1, 30, true, false) + notes(1, 5, false, true));
        String short_ = report.toText();
        assertTrue(short_.contains("  references without a note: 6–30\n    r.md:13: [^6]\n"), short_);
        assertTrue(short_.contains("    r.md:31: [^15]\n    … and 15 more (--full-report lists them all)\n"), short_);
        assertFalse(short_.contains("[^16]\n"), short_);
        String full = report.toFullText();
        assertTrue(full.contains("    r.md:61: [^30]\n"), full);
        assertFalse(full.contains("more (--full-report"), full);
        assertTrue(short_.contains("r.md:13: warning: 25 of the 30 notes cited have no note text (83%: 6–30)"), short_);
    }

    @Test
    void aSourceWhoseNotesWereNotFoundWarnsAndDoesNotListEveryReference() {
        ImportReport report = placeless("crs.txt", notes(1, 263, true, false));
        String s = report.toText();
        assertTrue(s.contains("  notes: 263 references (263 distinct) and 0 note texts; the importer recorded no source lines for them\n"), s);
        assertTrue(s.contains("  references without a note: 1–263 (no note texts found)\n  crs.txt: warning: no note texts found for 263 references"), s);
        assertEquals(1, report.diagnostics().size(), report.diagnostics().toString());
    }

    @Test
    void withoutRecordedPlacesTheProblemsAreNamedWithoutLines() {
        String s = placeless("r.txt", "A.[^1] B.[^2]\n\n[^1]: One.\n\n[^3]: Three.\n").toText();
        assertTrue(s.contains("""
                  notes: 2 references (2 distinct) and 2 note texts; the importer recorded no source lines for them
                  note sequence: 1–3
                  references without a note: 2
                  notes without a reference: 3
                """), s);
    }

    @Test
    void aSourceWithNotesButNoReferencesSaysSoOnce() {
        ImportReport report = placeless("conv.md", notes(1, 18, false, true));
        String s = report.toText();
        assertTrue(s.contains("  notes without a reference: 1–18 (no references found)\n"), s);
        List<Diagnostic> warnings = report.diagnostics();
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().startsWith("18 note texts but no note references"), warnings.toString());
    }

    @Test
    void theNotesWithAPlaceAreNamedAfterTheFileAsTheSiteNamesIt() {
        ImportReport report = markdown("r.md", "Text.[^1] [^2]\n\n[^1]: One.\n").named("content/sources/r.md");
        assertTrue(report.toFullText().contains("    content/sources/r.md:1: [^2]\n"), report.toFullText());
        assertEquals("content/sources/r.md", report.diagnostics().get(0).file());
    }

    @Test
    void theMarkdownImporterRecordsTheLineOfEveryReferenceAndNoteText() {
        ImportLog log = new ImportLog("r.md");
        new MarkdownImporter().read(SourceText.of("r.md", "\n\nText.[^1]\n\n```\n[^9]\n```\n\n[^1]: One, see[^2].\n"), log);
        NotePlaces places = log.notePlaces();
        assertEquals(List.of(new NotePlaces.Place("1", 3), new NotePlaces.Place("2", 9)), places.references());
        assertEquals(List.of(new NotePlaces.Place("1", 9)), places.texts());
        assertEquals(List.of(3), places.referenceLines("1"));
        assertEquals(9, places.textLine("1"));
        assertEquals(0, places.textLine("2"));
    }

    @Test
    void symbolNotesAreNamedInTheSequence() {
        String s = markdown("r.md", "A.[^*] B.[^1]\n\n[^*]: Star.\n\n[^1]: One.\n").toText();
        assertTrue(s.contains("  note sequence: 1; symbol notes *\n"), s);
    }
}
