package org.edition.ingest.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The note census of edition Markdown: the series, restarts, symbols, gaps, strays and the order of the numbers. */
class NoteCensusTest {

    /** Markdown citing each label once, in the order given, then defining the given labels. */
    private static String markdown(List<String> cited, List<String> defined) {
        StringBuilder s = new StringBuilder("## Part\n\n");
        cited.forEach(l -> s.append("Text.[^").append(l).append("]\n\n"));
        defined.forEach(l -> s.append("[^").append(l).append("]: Note ").append(l).append(".\n\n"));
        return s.toString();
    }

    private static List<String> numbers(int from, int to, String suffix) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> n + suffix).collect(Collectors.toList());
    }

    @Test
    void aCleanSequenceIsOneSeriesWithNothingToReport() {
        NoteCensus census = NoteCensus.of(markdown(numbers(1, 39, ""), numbers(1, 39, "")));
        assertEquals(1, census.series().size());
        assertEquals(numbers(1, 39, "").stream().map(Integer::valueOf).toList(), census.series().get(0).numbers());
        assertTrue(census.clean());
        assertEquals(List.of(), census.gaps());
        assertEquals(List.of(), census.outOfSequence());
    }

    @Test
    void numberingThatStartsAgainMakesASecondSeries() {
        List<String> labels = numbers(1, 39, "");
        labels.addAll(List.of("1-2", "2-2"));
        NoteCensus census = NoteCensus.of(markdown(labels, labels));
        assertEquals(2, census.series().size());
        NoteSeries second = census.series().get(1);
        assertEquals(2, second.number());
        assertEquals(List.of(1, 2), second.numbers());
        assertEquals("2-2", second.label(2));
        assertTrue(census.clean(), "a restart is no problem: " + census);
        assertEquals("1–39, then 1, 2 (a second series)", new NoteReportText("t.md", census, NotePlaces.NONE, false).sequence());
    }

    @Test
    void symbolAndNamedNotesStandApartFromTheNumbers() {
        NoteCensus census = NoteCensus.of(markdown(List.of("*", "1", "2", "†", "intro"), List.of("*", "1", "2", "†", "intro")));
        assertEquals(List.of("*", "†"), census.symbols());
        assertEquals(List.of("intro"), census.named());
        assertEquals(List.of(1, 2), census.series().get(0).numbers());
        assertEquals("1, 2; symbol notes *, †; named notes intro",
                new NoteReportText("t.md", census, NotePlaces.NONE, false).sequence());
    }

    @Test
    void aNumberWithNeitherReferenceNorTextIsAGap() {
        NoteCensus census = NoteCensus.of(markdown(List.of("2", "3", "5", "6", "7", "9"), List.of("2", "3", "5", "6", "7", "8", "9")));
        assertEquals(List.of("1", "4"), census.gaps(), "8 has a text, so it is no gap but a note without a reference");
        assertEquals(List.of("8"), census.withoutReference());
        assertFalse(census.clean());
    }

    @Test
    void gapsAreCountedInTheirOwnSeries() {
        NoteCensus census = NoteCensus.of(markdown(List.of("1", "2", "3", "1-2", "3-2"), List.of("1", "2", "3", "1-2", "3-2")));
        assertEquals(List.of("2-2"), census.gaps());
    }

    @Test
    void referencesWithoutANoteAndNotesWithoutAReference() {
        NoteCensus census = NoteCensus.of(markdown(List.of("1", "2", "3", "4"), List.of("1", "2", "5")));
        assertEquals(List.of("3", "4"), census.withoutNote());
        assertEquals(List.of("5"), census.withoutReference());
        assertEquals(List.of(), census.gaps());
    }

    @Test
    void referencesWithoutAnyNoteText() {
        NoteCensus census = NoteCensus.of(markdown(numbers(1, 263, ""), List.of()));
        assertEquals(263, census.references().size());
        assertEquals(List.of(), census.definitions());
        assertEquals(263, census.withoutNote().size());
        assertEquals("1–263", ImportReport.range(census.withoutNote()));
        assertFalse(census.readFromTexts());
    }

    @Test
    void noNotesAtAll() {
        NoteCensus census = NoteCensus.of("## A heading\n\nA paragraph without notes.\n");
        assertEquals(List.of(), census.references());
        assertEquals(List.of(), census.definitions());
        assertEquals(List.of(), census.series());
        assertTrue(census.clean());
    }

    @Test
    void theRisingRunIsTheSequenceAndOnlyTheNumbersOutsideItAreOutOfOrder() {
        List<String> cited = List.of("3", "4", "5", "6", "7", "8", "9", "1", "2", "10", "11");
        NoteCensus census = NoteCensus.of(markdown(cited, cited));
        assertEquals(List.of("1", "2"), census.outOfSequence(), "not 3, which merely opens the run");
        NoteSeries.Misplaced first = census.series().get(0).misplaced().get(0);
        assertEquals(new NoteSeries.Misplaced(1, 9, false), first);
        assertEquals(List.of(), census.farOutOfSequence());
    }

    @Test
    void aYearReadAsAReferenceIsFarOutOfSequenceAndMakesNoGaps() {
        List<String> cited = numbers(1, 20, "");
        cited.add(5, "1984");
        NoteCensus census = NoteCensus.of(markdown(cited, numbers(1, 20, "")));
        assertEquals(List.of("1984"), census.outOfSequence());
        assertEquals(List.of("1984"), census.farOutOfSequence());
        assertEquals(List.of(), census.gaps(), "no gaps 21–1983");
        assertEquals(List.of("1984"), census.withoutNote());
    }

    @Test
    void aLeapForwardInOrderIsFarOutOfSequence() {
        List<String> cited = numbers(1, 5, "");
        cited.addAll(numbers(60, 62, ""));
        NoteCensus census = NoteCensus.of(markdown(cited, cited));
        assertEquals(List.of("60"), census.farOutOfSequence());
        assertEquals(new NoteSeries.Misplaced(60, 5, true), census.series().get(0).misplaced().get(0));
        assertEquals(List.of(), census.gaps(), "a leap of 54 numbers is not 54 gaps");
    }

    @Test
    void withoutReferencesTheSequenceIsReadFromTheNoteTexts() {
        NoteCensus census = NoteCensus.of(markdown(List.of(), List.of("1", "2", "4", "3", "5")));
        assertTrue(census.readFromTexts());
        assertEquals(List.of("4"), census.outOfSequence(), "1, 2, 3, 5 rise; 4 stands before 3");
        assertEquals(new NoteSeries.Misplaced(4, 2, false), census.series().get(0).misplaced().get(0));
        assertEquals(List.of("1", "2", "4", "3", "5"), census.withoutReference());
    }

    @Test
    void aNumberCitedTwiceCountsOnceForTheSequence() {
        NoteCensus census = NoteCensus.of(markdown(List.of("1", "2", "1", "3"), List.of("1", "2", "3")));
        assertEquals(4, census.references().size());
        assertEquals(3, census.distinctReferences());
        assertEquals(List.of(), census.outOfSequence());
    }

    @Test
    void fencedCodeEscapedBracketsAndDefinitionsAreNotReferences() {
        String md = """
                Text.[^1] An escaped \\[^2\\] is text. A colon may follow a reference:[^3]: it is one.

                ```
                [^4] in code
                [^5]: in code
                ```

                [^1]: One, citing[^3] again.

                [^3]: Three.
                """;
        NoteCensus census = NoteCensus.of(md);
        assertEquals(List.of("1", "3", "3"), census.references());
        assertEquals(List.of("1", "3"), census.definitions());
        assertEquals(List.of("2"), census.gaps());
    }

    @Test
    void aNoteMarkedAsBreakingOff() {
        NoteCensus census = NoteCensus.of("Text.[^1]\n\n[^1]: It stops in " + EditionMarkers.NOTE_BREAKS_OFF + "\n");
        assertEquals(List.of("1"), census.brokenOff());
    }

    @Test
    void labelsAreReadForWhatTheySay() {
        assertEquals(new NoteLabel("12", NoteLabel.Kind.NUMBERED, 12, 1), NoteLabel.parse("12"));
        assertEquals(new NoteLabel("3-2", NoteLabel.Kind.NUMBERED, 3, 2), NoteLabel.parse("3-2"));
        assertEquals(NoteLabel.Kind.SYMBOL, NoteLabel.parse("‡").kind());
        assertEquals(NoteLabel.Kind.SYMBOL, NoteLabel.parse("**").kind());
        assertEquals(NoteLabel.Kind.NAMED, NoteLabel.parse("1-1").kind(), "importers never write a first series as 1-1");
        assertEquals(NoteLabel.Kind.NAMED, NoteLabel.parse("note-a").kind());
        assertEquals("1-2–4-2, 7-2", ImportReport.range(List.of("1-2", "2-2", "3-2", "4-2", "7-2")));
        assertEquals("3, 4, 1-2", ImportReport.range(List.of("3", "4", "1-2")));
    }
}
