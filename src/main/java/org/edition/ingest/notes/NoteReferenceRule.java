package org.edition.ingest.notes;

/**
 * Decides whether a numeric superscript is a note reference or a superscript of the text (a power, a
 * unit, a number that has nothing to do with the notes). Words like {@code th}, {@code st}, {@code nd}
 * are never note references and do not come here.
 *
 * <p>The running sequence of note numbers decides: the next number expected is a reference; a number
 * a little ahead of it is one if the source has a note text with that number (a reference the converter
 * lost in between); a number behind the sequence, far ahead of it, or glued to a number before it
 * ({@code 10<sup>6</sup>}, {@code km<sup>2</sup>}) is a superscript of the text.
 */
public final class NoteReferenceRule {
    /** How far ahead of the sequence a number may be and still be a reference, when it has a note text. */
    public static final int LEAP_WITH_TEXT = 10;
    /** How far ahead of the sequence a number may be when the source has no note texts to compare. */
    public static final int LEAP_WITHOUT_TEXTS = 3;

    private NoteReferenceRule() {
    }

    /**
     * What the rule decided.
     *
     * @param note     whether the superscript is a note reference
     * @param doubtful whether an editor should check
     * @param why      the reason, in the report's words
     */
    public record Verdict(boolean note, boolean doubtful, String why) {
    }

    /**
     * Judges one numeric superscript.
     *
     * @param number      the superscript's number
     * @param expected    the next number of the running note sequence (1 before the first reference)
     * @param afterNumber whether the superscript is glued to a number or a unit of measure before it
     * @param hasText     whether the source has a note text with this number
     * @param textsKnown  whether the source has any note texts at all
     * @return the verdict
     */
    public static Verdict judge(int number, int expected, boolean afterNumber, boolean hasText, boolean textsKnown) {
        if (afterNumber && number != expected) {
            return new Verdict(false, true, "superscript " + number + " after a number or unit, the next note is "
                    + expected + ": read as a power");
        }
        if (number == expected) {
            return new Verdict(true, false, "next in the note sequence");
        }
        if (number < expected) {
            return new Verdict(false, true, "superscript " + number + " is behind the note sequence (next is "
                    + expected + "): kept as a superscript");
        }
        if (textsKnown) {
            boolean note = hasText && number <= expected + LEAP_WITH_TEXT;
            return note ? new Verdict(true, false, "ahead of the sequence but the note text exists")
                    : new Verdict(false, true, "superscript " + number + " has no note text and is ahead of the "
                            + "sequence (next is " + expected + "): kept as a superscript");
        }
        return number <= expected + LEAP_WITHOUT_TEXTS
                ? new Verdict(true, true, "superscript " + number + " read as a note reference, ahead of the "
                        + "sequence (next is " + expected + ") and without note texts to compare")
                : new Verdict(false, true, "superscript " + number + " is far ahead of the note sequence (next is "
                        + expected + "): kept as a superscript");
    }
}
