package org.edition.ingest.notes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a line opens a note, in the forms extractors leave: the number and the text apart
 * ({@code 12 For example}, {@code 12. For example}), the number alone on its line (the text follows on
 * the next), the number glued to the first word ({@code 12For example}, {@code 12“Quoted}), a bracketed
 * number ({@code [12] …}) or a symbol ({@code * Pursuant}, {@code †}). Where the number is glued to
 * digits ({@code 2129 U.S.C.}), only the number expected next says where it ends: it is note 21 if 21 is
 * expected, and the text begins {@code 29 U.S.C.}.
 *
 * @param mark   the note's mark: its number ({@code "12"}) or symbol ({@code "*"})
 * @param number the number, or 0 for a symbol
 * @param text   the note's text on this line; empty when the mark stands alone
 * @param form   how the mark stands
 */
public record NoteOpening(String mark, int number, String text, Form form) {
    private static final Pattern SYMBOL = Pattern.compile("([*†‡§¶]{1,3})[\\s\\u00A0]*(.*)");
    private static final Pattern BRACKETED = Pattern.compile("\\[(\\d{1,3})\\][\\s\\u00A0]*(.*)");
    private static final Pattern APART = Pattern.compile("(\\d{1,3})([.)])?(?:[\\s\\u00A0]+(\\S.*))?");
    private static final Pattern GLUED = Pattern.compile("(\\d{1,4})([\\p{L}“\"‘'(\\[«§].*)");
    private static final Pattern DIGITS = Pattern.compile("(\\d{2,5})([\\s\\u00A0].*)");

    /** How the mark stands at the start of the line. */
    public enum Form {
        /** {@code 12 text}. */
        APART,
        /** {@code 12. text} or {@code 12) text}. */
        PUNCTUATED,
        /** {@code 12} alone: the text follows on a later line. */
        ALONE,
        /** {@code 12.} alone. */
        ALONE_PUNCTUATED,
        /** {@code 12text}: glued to the first word. */
        GLUED,
        /** {@code 2129 U.S.C.}: glued to the digits that begin the text, cut where the expected number ends. */
        GLUED_TO_DIGITS,
        /** {@code [12] text}. */
        BRACKETED,
        /** {@code * text}, {@code †}. */
        SYMBOL
    }

    /**
     * Reads how a line opens a note, if it can open one.
     *
     * @param text     the line, without surrounding white space
     * @param expected the number expected next; it decides where a number glued to digits ends (0: do not
     *                 cut glued digits)
     * @return the opening, or empty if the line does not open with a note mark
     */
    public static Optional<NoteOpening> of(String text, int expected) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = SYMBOL.matcher(text);
        if (m.matches()) {
            return Optional.of(new NoteOpening(m.group(1), 0, m.group(2), m.group(2).isEmpty() ? Form.ALONE : Form.SYMBOL));
        }
        m = BRACKETED.matcher(text);
        if (m.matches()) {
            return Optional.of(new NoteOpening(m.group(1), Integer.parseInt(m.group(1)), m.group(2),
                    m.group(2).isEmpty() ? Form.ALONE : Form.BRACKETED));
        }
        m = APART.matcher(text);
        if (m.matches() && m.group(2) != null) {
            String rest = m.group(3) == null ? "" : m.group(3);
            return Optional.of(new NoteOpening(m.group(1), Integer.parseInt(m.group(1)), rest,
                    rest.isEmpty() ? Form.ALONE_PUNCTUATED : Form.PUNCTUATED));
        }
        if (m.matches()) {
            String rest = m.group(3) == null ? "" : m.group(3);
            return Optional.of(new NoteOpening(m.group(1), Integer.parseInt(m.group(1)), rest,
                    rest.isEmpty() ? Form.ALONE : Form.APART));
        }
        m = GLUED.matcher(text);
        if (m.matches() && m.group(1).length() <= 3) {
            return Optional.of(new NoteOpening(m.group(1), Integer.parseInt(m.group(1)), m.group(2), Form.GLUED));
        }
        m = DIGITS.matcher(text);
        String wanted = Integer.toString(expected);
        if (expected > 0 && m.matches() && m.group(1).startsWith(wanted) && m.group(1).length() > wanted.length()) {
            return Optional.of(new NoteOpening(wanted, expected, text.substring(wanted.length()), Form.GLUED_TO_DIGITS));
        }
        return Optional.empty();
    }

    /** Whether the mark stands alone on its line, the text following on a later one. */
    public boolean alone() {
        return form == Form.ALONE || form == Form.ALONE_PUNCTUATED;
    }

    /** Whether a full stop or a bracket follows the number ({@code 12.}, {@code 12)}): a typesetting style. */
    public boolean punctuated() {
        return form == Form.PUNCTUATED || form == Form.ALONE_PUNCTUATED;
    }

    /** Whether the mark is a symbol rather than a number. */
    public boolean symbol() {
        return number == 0;
    }
}
