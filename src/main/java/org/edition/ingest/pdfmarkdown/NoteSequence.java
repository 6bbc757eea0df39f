package org.edition.ingest.pdfmarkdown;

import java.util.Set;

/**
 * The running sequence of note references through one body, read in order: each numeric superscript
 * is judged by {@link NoteReferenceRule} against the number expected next, which then moves on.
 */
final class NoteSequence {
    private final Set<Integer> noteTexts;
    private int expected = 1;

    /** @param noteTexts the numbers of the note texts the source has */
    NoteSequence(Set<Integer> noteTexts) {
        this.noteTexts = Set.copyOf(noteTexts);
    }

    /** Judges the next numeric superscript in reading order and moves the sequence on if it is a reference. */
    NoteReferenceRule.Verdict next(int number, boolean afterNumber) {
        NoteReferenceRule.Verdict v = NoteReferenceRule.judge(number, expected, afterNumber,
                noteTexts.contains(number), !noteTexts.isEmpty());
        if (v.note()) {
            expected = Math.max(expected, number + 1);
        }
        return v;
    }
}
