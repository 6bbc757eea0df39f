package org.edition.ingest.pdf;

/**
 * A stretch of one line set in one style.
 *
 * @param text   the characters, with the spaces between words
 * @param size   the font size in points
 * @param bold   set in a bold face
 * @param italic set in an italic face
 * @param raised set above the baseline of its line (a superscript)
 * @param x0     left edge
 * @param x1     right edge
 */
record Run(String text, float size, boolean bold, boolean italic, boolean raised, float x0, float x1) {

    /** The same run with more text. */
    Run plus(String more, float right) {
        return new Run(text + more, size, bold, italic, raised, x0, Math.max(x1, right));
    }

    /** Whether two glyphs in these styles belong to one run. */
    boolean sameStyle(float otherSize, boolean otherBold, boolean otherItalic, boolean otherRaised) {
        return Math.abs(size - otherSize) < 0.25f && bold == otherBold && italic == otherItalic && raised == otherRaised;
    }
}
