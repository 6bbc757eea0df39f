package org.edition.model.compare;

import java.util.Locale;

/**
 * A paragraph of another report that says much the same as a given paragraph.
 *
 * @param paragraph the related paragraph
 * @param score     the cosine similarity of the two paragraphs' TF-IDF vectors, 0 to 1
 */
public record RelatedPassage(ParagraphRef paragraph, double score) {

    /** The score for display, with two decimals. */
    public String scoreDisplay() {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
