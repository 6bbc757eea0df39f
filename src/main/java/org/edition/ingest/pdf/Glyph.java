package org.edition.ingest.pdf;

/**
 * One character as the PDF draws it, upright, in the page's coordinates (y grows downwards).
 *
 * @param text   the character's Unicode text (a ligature already spelled out)
 * @param x      the left edge
 * @param y      the baseline
 * @param width  the advance width
 * @param size   the font size in points, as the page shows it
 * @param font   the font's name without its subset prefix
 * @param bold   whether the font is bold (by weight, flag or name)
 * @param italic whether the font is italic or oblique
 * @param order  the position of the character in the page's content stream
 * @param blank  whether the character is blank (a space drawn as a glyph, a no-break space)
 */
record Glyph(String text, float x, float y, float width, float size, String font, boolean bold, boolean italic,
        int order, boolean blank) {

    /** A character; whether it is blank is worked out from its text. */
    static Glyph of(String text, float x, float y, float width, float size, String font, boolean bold, boolean italic,
            int order) {
        return new Glyph(text, x, y, width, size, font, bold, italic, order, isBlank(text));
    }

    /** The right edge. */
    float right() {
        return x + width;
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u2007' && c != '\u202f' && c != '\u200b'
                    && c != '\ufeff') {
                return false;
            }
        }
        return true;
    }
}
