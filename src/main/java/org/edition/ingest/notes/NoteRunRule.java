package org.edition.ingest.notes;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a run of numbered items is a block of notes (a page's footnotes, or the items of a
 * notes section) or a numbered list of the body. The evidence is weighed, each piece with a reason the
 * import report can show:
 * <ul>
 *   <li>for notes: a rule ({@code ---}) just before, a "Notes" or "Footnotes" heading above, a first
 *       number that is the next note number, numbers the body has cited as references, items that read
 *       like citations (years, URLs, titles in italics);</li>
 *   <li>for a list: a number that already has its note text (a list starting again at 1), a body that
 *       cites references but never these numbers, a paragraph ending in a colon just before, the same
 *       numbers coming again in the next run of numbered items (the real notes of the page).</li>
 * </ul>
 */
public final class NoteRunRule {
    /** The score from which a run is read as notes. */
    public static final int NOTES = 2;
    /** The score from which that reading is sure, not a guess. */
    public static final int SURE = 4;

    private NoteRunRule() {
    }

    /**
     * What is known about one run of numbered items.
     *
     * @param firstNumber          the number of its first item
     * @param nextNoteNumber       the number of the next note text expected (1 before any note)
     * @param afterRule            whether a rule stands just before it
     * @param underNotesHeading    whether it stands under a "Notes", "Endnotes" or "Footnotes" heading
     * @param referenced           whether the body has cited its first number as a reference
     * @param allReferenced        whether the body has cited every one of its numbers
     * @param bodyCitesReferences  whether the body cites any references at all
     * @param numberHasText        whether its first number already has a note text
     * @param introducedByColon    whether the paragraph before it ends with a colon
     * @param readsLikeCitations   whether most of its items read like citations
     * @param numbersComeAgain     whether the next run of numbered items starts with the same number (the
     *                             page's real notes after a list of the body)
     */
    public record Evidence(int firstNumber, int nextNoteNumber, boolean afterRule, boolean underNotesHeading,
            boolean referenced, boolean allReferenced, boolean bodyCitesReferences, boolean numberHasText,
            boolean introducedByColon, boolean readsLikeCitations, boolean numbersComeAgain) {
    }

    /**
     * The decision.
     *
     * @param notes    whether the run is read as notes
     * @param sure     whether the reading is sure (otherwise the importer records a guess)
     * @param reasons  the evidence that counted, for the report
     */
    public record Verdict(boolean notes, boolean sure, String reasons) {
    }

    /** Weighs the evidence. */
    public static Verdict judge(Evidence e) {
        int score = 0;
        List<String> reasons = new ArrayList<>();
        score += weigh(e.afterRule(), 3, "after a rule", reasons);
        score += weigh(e.underNotesHeading(), 4, "under a notes heading", reasons);
        score += weigh(e.firstNumber() == e.nextNoteNumber(), 1, "next note number", reasons);
        if (e.bodyCitesReferences()) {
            score += e.referenced() ? weigh(true, 2, "cited in the body", reasons)
                    : weigh(true, -2, "never cited in the body", reasons);
            score += weigh(e.referenced() && e.allReferenced() && !e.numberHasText(), 1,
                    "every number cited and still without a text", reasons);
        }
        score += weigh(e.numberHasText(), -3, "number already has a note text", reasons);
        score += weigh(e.introducedByColon(), -2, "introduced by a colon", reasons);
        score += weigh(e.readsLikeCitations(), 1, "reads like citations", reasons);
        score += weigh(e.numbersComeAgain(), -4, "the same numbers come again just after", reasons);
        return new Verdict(score >= NOTES, score >= SURE || score < NOTES - 1, String.join(", ", reasons));
    }

    private static int weigh(boolean holds, int weight, String reason, List<String> reasons) {
        if (!holds) {
            return 0;
        }
        reasons.add(reason + " (" + (weight > 0 ? "+" : "") + weight + ")");
        return weight;
    }
}
