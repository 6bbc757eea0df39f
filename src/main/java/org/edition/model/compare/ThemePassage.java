package org.edition.model.compare;

import java.util.List;

/**
 * A paragraph that addresses a theme.
 *
 * @param paragraph the paragraph
 * @param section   the title of its section, or empty
 * @param text      its plain text (the paragraph's own, not a copy)
 * @param marks     where the theme's marking terms stand in the text, left to right; the page sets them in
 *                  {@code <mark>} when it is made, so that the edition does not hold a marked-up copy of every
 *                  paragraph for every theme it addresses
 */
public record ThemePassage(ParagraphRef paragraph, String section, String text, List<Mark> marks) {
    public ThemePassage {
        marks = List.copyOf(marks);
    }

    /**
     * A marking term in the text.
     *
     * @param start where it begins
     * @param end   where it ends (exclusive)
     */
    public record Mark(int start, int end) {
    }

    /** How many marking terms it holds. */
    public int hits() {
        return marks.size();
    }
}
