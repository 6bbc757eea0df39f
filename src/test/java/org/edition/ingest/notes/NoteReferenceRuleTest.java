package org.edition.ingest.notes;

import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A numeric superscript: note reference or superscript of the text, decided by the note sequence. */
class NoteReferenceRuleTest {

    @Test
    void theNextNumberOfTheSequenceIsAReference() {
        NoteReferenceRule.Verdict v = NoteReferenceRule.judge(4, 4, false, true, true);
        assertTrue(v.note());
        assertFalse(v.doubtful());
    }

    @Test
    void aNumberBehindTheSequenceIsKeptAsASuperscriptForTheEditorToCheck() {
        NoteReferenceRule.Verdict v = NoteReferenceRule.judge(2, 5, false, true, true);
        assertFalse(v.note());
        assertTrue(v.doubtful());
    }

    @Test
    void aPowerGluedToANumberIsNotAReferenceUnlessItIsExactlyTheNextNote() {
        assertFalse(NoteReferenceRule.judge(6, 4, true, true, true).note(), "10<sup>6</sup> while note 4 is next");
        assertTrue(NoteReferenceRule.judge(4, 4, true, true, true).note(), "in 2019<sup>4</sup> while note 4 is next");
    }

    @Test
    void aNumberALittleAheadIsAReferenceOnlyIfItsNoteTextExists() {
        assertTrue(NoteReferenceRule.judge(7, 5, false, true, true).note(), "reference 5 and 6 lost by the converter");
        assertFalse(NoteReferenceRule.judge(7, 5, false, false, true).note(), "no note 7 in the source");
        assertFalse(NoteReferenceRule.judge(40, 5, false, true, true).note(), "too far ahead");
    }

    @Test
    void withoutNoteTextsAnyReferenceAheadOfTheSequenceIsAGuess() {
        NoteReferenceRule.Verdict near = NoteReferenceRule.judge(6, 5, false, false, false);
        assertTrue(near.note());
        assertTrue(near.doubtful());
        assertFalse(NoteReferenceRule.judge(30, 5, false, false, false).note());
    }

    @Test
    void theSequenceMovesOnWithEachReference() {
        NoteSequence sequence = NoteSequence.ofNumbers(Set.of(1, 2, 3));
        assertTrue(sequence.next(1, false).verdict().note());
        assertTrue(sequence.next(2, false).verdict().note());
        assertFalse(sequence.next(1, false).verdict().note(), "1 again after 2 is behind the sequence");
        assertTrue(sequence.next(3, false).verdict().note());
    }
}
