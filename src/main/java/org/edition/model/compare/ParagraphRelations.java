package org.edition.model.compare;

import java.util.List;

/**
 * The paragraphs of the other reports most like one paragraph, most similar first.
 *
 * @param paragraph the paragraph
 * @param related   up to three related paragraphs of other reports
 */
public record ParagraphRelations(ParagraphRef paragraph, List<RelatedPassage> related) {
    public ParagraphRelations {
        related = List.copyOf(related);
    }
}
