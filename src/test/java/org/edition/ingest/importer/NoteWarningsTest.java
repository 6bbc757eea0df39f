package org.edition.ingest.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.Severity;
import org.junit.jupiter.api.Test;

/**
 * The census's warnings about a source whose notes the importer could not read, each placed at the line
 * the importer recorded, for every importer alike.
 */
class NoteWarningsTest {

    /**
     * Markdown citing the given labels one per paragraph and then defining the given labels, with the
     * places an importer would record: reference {@code i} at line {@code 100 + i}, note text {@code i}
     * at line {@code 500 + i}.
     */
    private record Source(String markdown, NotePlaces places) {
        static Source of(List<String> cited, List<String> defined) {
            StringBuilder s = new StringBuilder();
            List<NotePlaces.Place> references = new ArrayList<>();
            List<NotePlaces.Place> texts = new ArrayList<>();
            for (int i = 0; i < cited.size(); i++) {
                s.append("Text.[^").append(cited.get(i)).append("]\n\n");
                references.add(new NotePlaces.Place(cited.get(i), 100 + i));
            }
            for (int i = 0; i < defined.size(); i++) {
                s.append("[^").append(defined.get(i)).append("]: A note.\n\n");
                texts.add(new NotePlaces.Place(defined.get(i), 500 + i));
            }
            return new Source(s.toString(), new NotePlaces(references, texts));
        }

        List<Diagnostic> warnings() {
            return warnings(List.of());
        }

        List<Diagnostic> warnings(List<Diagnostic> given) {
            return NoteWarnings.of("r.txt", NoteCensus.of(markdown), places, given);
        }
    }

    private static List<String> numbers(int from, int to) {
        List<String> labels = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            labels.add(String.valueOf(n));
        }
        return labels;
    }

    @Test
    void referencesWithoutAnyNoteTextSayWhatWasNotFoundAndWhereToLook() {
        List<Diagnostic> warnings = Source.of(numbers(1, 263), List.of()).warnings();
        assertEquals(List.of(Diagnostic.warning("r.txt", 100, "no note texts found for 263 references (1–263): the notes may "
                + "be at the foot of the pages, or at the end, in a layout the importer does not read (the first reference is "
                + "on this line: check the foot of its page)")), warnings);
        assertEquals(Severity.WARNING, warnings.get(0).severity());
    }

    @Test
    void withoutRecordedLinesTheWarningStandsForTheWholeFile() {
        Source source = Source.of(numbers(1, 12), List.of());
        List<Diagnostic> warnings = NoteWarnings.of("r.txt", NoteCensus.of(source.markdown()), NotePlaces.NONE, List.of());
        assertEquals(1, warnings.size());
        assertEquals(0, warnings.get(0).line());
        assertEquals("r.txt: warning: no note texts found for 12 references (1–12): the notes may be at the foot of the pages, "
                + "or at the end, in a layout the importer does not read", warnings.get(0).toString());
    }

    @Test
    void noteTextsWithoutAnyReference() {
        List<Diagnostic> warnings = Source.of(List.of(), numbers(1, 5)).warnings();
        assertEquals(1, warnings.size());
        assertEquals(500, warnings.get(0).line());
        assertTrue(warnings.get(0).message().startsWith("5 note texts but no note references: "), warnings.get(0).message());
    }

    @Test
    void anImportersOwnWarningOfTheSameFindingIsNotRepeated() {
        Diagnostic own = Diagnostic.warning("r.txt", 11, "the source has 5 note texts but no note references: the converter dropped them");
        assertEquals(List.of(), Source.of(List.of(), numbers(1, 5)).warnings(List.of(own)));
        Diagnostic other = Diagnostic.warning("r.txt", 11, "something else");
        assertEquals(1, Source.of(List.of(), numbers(1, 5)).warnings(List.of(other)).size());
    }

    @Test
    void mostReferencesPointingToNoNote() {
        List<Diagnostic> warnings = Source.of(numbers(1, 86), numbers(1, 15)).warnings();
        assertEquals(List.of(Diagnostic.warning("r.txt", 115, "71 of the 86 notes cited have no note text (83%: 16–86): the "
                + "source may lack them, or hold them in a layout the importer does not read (the first is cited on this line)")),
                warnings);
    }

    @Test
    void aSourceThatBreaksOffInsideItsLastNoteSaysSo() {
        Source source = Source.of(numbers(1, 86), numbers(1, 15));
        String markdown = source.markdown().replace("[^15]: A note.", "[^15]: A note that " + EditionMarkers.NOTE_BREAKS_OFF);
        List<Diagnostic> warnings = NoteWarnings.of("r.txt", NoteCensus.of(markdown), source.places(), List.of());
        assertEquals(List.of(Diagnostic.warning("r.txt", 115, "71 of the 86 notes cited have no note text (83%: 16–86): the "
                + "source breaks off inside note 15, the last note text it holds (the first is cited on this line)")), warnings);
        String earlier = source.markdown().replace("[^3]: A note.", "[^3]: A note that " + EditionMarkers.NOTE_BREAKS_OFF);
        assertTrue(NoteWarnings.of("r.txt", NoteCensus.of(earlier), source.places(), List.of()).get(0).message()
                .contains("layout the importer does not read"), "a note breaking off before the last is no end of the source");
    }

    @Test
    void aFewStraysAreListedInTheReportButNeedNoWarning() {
        assertEquals(List.of(), Source.of(numbers(1, 20), numbers(1, 18)).warnings(), "2 of 20");
        assertEquals(List.of(), Source.of(numbers(1, 20), numbers(1, 17)).warnings(), "3 of 20 is 15%");
        assertEquals(List.of(), Source.of(numbers(1, 3), numbers(1, 1)).warnings(), "2 of 3 is many, but two strays are no layout");
        assertEquals(1, Source.of(numbers(1, 10), numbers(1, 7)).warnings().size(), "3 of 10 is 30%");
    }

    @Test
    void mostNoteTextsCitedByNoReference() {
        List<Diagnostic> warnings = Source.of(numbers(1, 2), numbers(1, 10)).warnings();
        assertEquals(1, warnings.size());
        assertEquals(502, warnings.get(0).line(), "the text of note 3, the first without a reference");
        assertTrue(warnings.get(0).message().startsWith("8 of the 10 note texts are cited by no reference (80%: 3–10): "),
                warnings.get(0).message());
    }

    @Test
    void aNumberFarOutOfSequenceIsWarnedAboutAtItsLine() {
        List<String> cited = numbers(1, 20);
        cited.add(5, "1984");
        List<Diagnostic> warnings = Source.of(cited, numbers(1, 20)).warnings();
        assertEquals(List.of(Diagnostic.warning("r.txt", 105, "note reference [^1984] is far out of the note sequence: it "
                + "follows [^5], where note 6 is expected; a number of the text read as a note, or notes the importer lost?")),
                warnings);
    }

    @Test
    void manyNumbersFarOutOfSequenceAreSummedUpAfterTheFirstFive() {
        List<String> cited = numbers(1, 30);
        for (int i = 0; i < 7; i++) {
            cited.add(3 + 2 * i, String.valueOf(1990 + i));
        }
        List<Diagnostic> warnings = Source.of(cited, numbers(1, 30)).warnings();
        List<Diagnostic> far = warnings.stream().filter(d -> d.message().contains("far out of the note sequence")).toList();
        assertEquals(6, far.size(), warnings.toString());
        assertEquals("and 2 more numbers far out of the note sequence: 1995, 1996 (the import report lists them with their lines)",
                far.get(5).message());
    }

    @Test
    void aCleanSourceAndASourceWithoutNotesGiveNoWarning() {
        assertEquals(List.of(), Source.of(numbers(1, 40), numbers(1, 40)).warnings());
        assertEquals(List.of(), Source.of(List.of(), List.of()).warnings());
        List<String> restarted = numbers(1, 12);
        restarted.addAll(List.of("1-2", "2-2", "3-2"));
        assertEquals(List.of(), Source.of(restarted, restarted).warnings(), "numbering that starts again is no fault");
    }
}
