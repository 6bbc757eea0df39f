package org.edition.model;

import java.util.List;

/**
 * A section of a report: a heading and the blocks up to the next heading. Text before the first
 * heading forms an untitled opening section of level 0.
 *
 * @param id         stable anchor made from the heading ({@code executive-summary})
 * @param level      1 for top-level sections, 2 for sub-sections …; 0 for the untitled opening
 * @param titleHtml  the heading's inner HTML (may hold a note reference)
 * @param title      the heading as plain text
 * @param supplied   true where the heading was supplied by the editors, not printed in the source
 * @param blocks     the section's blocks in reading order
 */
public record Section(String id, int level, String titleHtml, String title, boolean supplied, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }

    /** The numbered paragraphs of this section. */
    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }
}
