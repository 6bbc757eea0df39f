package org.edition.ingest.notes;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run of numbered items: a page's notes or a list of the body. */
class NoteRunRuleTest {

    /** Evidence for a run starting at {@code first}, the rest given by the flags. */
    private static NoteRunRule.Evidence evidence(int first, int next, boolean rule, boolean cited, boolean hasText,
            boolean colon, boolean citations, boolean again) {
        return new NoteRunRule.Evidence(first, next, rule, false, cited, cited, true, hasText, colon, citations, again);
    }

    @Test
    void numbersAfterARuleThatTheBodyCitedAreNotes() {
        NoteRunRule.Verdict v = NoteRunRule.judge(evidence(8, 8, true, true, false, false, true, false));
        assertTrue(v.notes());
        assertTrue(v.sure());
    }

    @Test
    void withoutARuleCitedNumbersThatGoOnWithTheNoteSequenceAreStillNotes() {
        NoteRunRule.Verdict v = NoteRunRule.judge(evidence(23, 23, false, true, false, false, false, false));
        assertTrue(v.notes());
        assertTrue(v.sure(), v.reasons());
    }

    @Test
    void aListStartingAgainAtOneAfterSomeNotesIsAList() {
        NoteRunRule.Verdict v = NoteRunRule.judge(evidence(1, 6, false, true, true, true, false, false));
        assertFalse(v.notes());
        assertTrue(v.sure(), v.reasons());
    }

    @Test
    void aListWhoseNumbersTheBodyNeverCitedIsAList() {
        NoteRunRule.Verdict v = NoteRunRule.judge(evidence(1, 1, false, false, false, false, false, false));
        assertFalse(v.notes());
    }

    @Test
    void aListBeforeTheFirstNotesIsToldApartByTheNotesThatFollowIt() {
        NoteRunRule.Verdict v = NoteRunRule.judge(evidence(1, 1, false, true, false, true, false, true));
        assertFalse(v.notes(), v.reasons());
        assertTrue(v.sure());
    }

    @Test
    void aRunThatIsOnlyJustNotesIsAGuess() {
        NoteRunRule.Verdict v = NoteRunRule.judge(new NoteRunRule.Evidence(4, 4, false, false, false, false, false,
                false, false, true, false));
        assertTrue(v.notes(), v.reasons());
        assertFalse(v.sure());
    }

    @Test
    void underANotesHeadingNumberedItemsAreNotes() {
        NoteRunRule.Verdict v = NoteRunRule.judge(new NoteRunRule.Evidence(1, 1, false, true, false, false, false,
                false, false, false, false));
        assertTrue(v.notes());
        assertTrue(v.sure());
    }
}
