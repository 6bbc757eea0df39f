package org.edition.ingest.pdftext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoteReferenceFinderTest {

    private static List<Integer> numbers(NoteReferenceFinder finder, String text) {
        return finder.find(text).stream().map(NoteReferenceFinder.Reference::number).toList();
    }

    private static NoteReferenceFinder at(int expected) {
        NoteReferenceFinder finder = new NoteReferenceFinder();
        for (int n = 1; n < expected; n++) {
            finder.find("word." + n);
        }
        return finder;
    }

    @Test
    void gluedNumbersInSequenceAreReferences() {
        NoteReferenceFinder finder = new NoteReferenceFinder();
        assertEquals(List.of(1, 2), numbers(finder, "more than a century.1 He opposed sanctions,2 and"));
        assertEquals(List.of(3), numbers(finder, "the services.”3 Then"));
        assertEquals(4, finder.expected());
    }

    @Test
    void referencesGluedToWordsAndBrackets() {
        assertEquals(List.of(34), numbers(at(34), "repeal of the Magnitsky Act34 and the return"));
        assertEquals(List.of(56), numbers(at(56), "and China’s 14.1 per cent56), while"));
        assertEquals(List.of(30), numbers(at(30), "the idea of ‘respect’ (uvazhenie).30 In the first"));
    }

    @Test
    void realNumbersAreNotReferences() {
        NoteReferenceFinder finder = at(6);
        assertEquals(List.of(), numbers(finder, "the Hamburg G20 summit in July 2017 not only"));
        assertEquals(List.of(), numbers(finder, "passed the House 419–3, and the Senate 98–2."));
        assertEquals(List.of(), numbers(finder, "heightened recently by Zapad-2017, one of"));
        assertEquals(List.of(), numbers(finder, "a brigade of around 5 000 troops"));
        assertEquals(List.of(), numbers(finder, "the numbers fell to 1,550 tonnes and 4.5 per cent"));
        assertEquals(List.of(), numbers(finder, "since the early 1980s and flight MH17"));
        assertEquals(6, finder.expected());
    }

    @Test
    void aNumberAfterAnAcronymIsAReferenceOnlyWhereThatNoteExists() {
        NoteReferenceFinder withNotes = new NoteReferenceFinder(List.of("1", "2", "3", "20"));
        withNotes.find("word.1 and word.2");
        assertEquals(List.of(3), numbers(withNotes, "receipts and paperwork (e.g. interest statements, CIS3 statements)"));
        assertEquals(List.of(), numbers(new NoteReferenceFinder(), "statements, CIS1 statements"), "no note texts known: no guess");
        NoteReferenceFinder atTwenty = new NoteReferenceFinder(List.of("20"));
        for (int n = 1; n < 20; n++) {
            atTwenty.find("word." + n);
        }
        assertEquals(List.of(), numbers(atTwenty, "the Hamburg G20 summit"), "two capitals make an abbreviation, not an acronym");
    }

    @Test
    void numbersFarFromTheSequenceAreNotReferences() {
        NoteReferenceFinder finder = at(3);
        assertEquals(List.of(), numbers(finder, "paragraph.40 Then"));
        assertEquals(List.of(3), numbers(finder, "paragraph.3 Then"));
    }

    @Test
    void referenceAfterAYearEndingASentence() {
        assertEquals(List.of(2), numbers(at(2), "between 2019 and 2022.2 Most of it"));
        assertEquals(List.of(), numbers(at(5), "only 4.5 per cent of trade"));
    }

    @Test
    void capitalsTakeAReferenceOnlyInHeadings() {
        assertEquals(List.of(), at(3).find("STAY OPEN3", false).stream().map(NoteReferenceFinder.Reference::number).toList());
        assertEquals(List.of(3), at(3).find("STAY OPEN3", true).stream().map(NoteReferenceFinder.Reference::number).toList());
    }

    @Test
    void theSectionNumberOpeningAHeadingIsNotAReference() {
        NoteReferenceFinder finder = at(1);
        assertEquals(List.of(), numbers(finder, "2.1 Background"));
        assertEquals(List.of(), finder.find("1.1 The Soviet Inheritance", true).stream().map(NoteReferenceFinder.Reference::number).toList());
        assertEquals(List.of(1), numbers(finder, "3.2 Law and Jurisdiction1"));
    }

    @Test
    void theNextNumberAfterAYearAndACommaIsAReferenceButNotADecimalOrAThousand() {
        assertEquals(List.of(5), numbers(at(5), "reached 34 million tonnes in 2022,5 but transit cargo"));
        assertEquals(List.of(), numbers(at(5), "a rate of 2,5 per cent and 12,5 per cent"));
        assertEquals(List.of(), numbers(at(5), "a total of 1,5 million"));
        assertEquals(List.of(), numbers(at(6), "in 2022,5 but"));
    }
}
