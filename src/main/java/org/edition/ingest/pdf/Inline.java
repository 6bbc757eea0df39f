package org.edition.ingest.pdf;

/** A piece of a paragraph, heading or note: author's text, a note mark, or the start of a page. */
sealed interface Inline {

    /**
     * Author's text.
     *
     * @param text the characters
     */
    record Words(String text) implements Inline {
    }

    /**
     * A raised mark (or a {@code *} after a word) that may be a note reference, resolved once all
     * notes are known.
     *
     * @param mark   the mark as printed, like {@code 12}, {@code [3]}, {@code 4,5} or {@code *}
     * @param raised whether it was set as a superscript
     * @param page   the page it stands on
     */
    record Mark(String mark, boolean raised, int page) implements Inline {
    }

    /**
     * A note reference.
     *
     * @param label the note's label
     */
    record Reference(String label) implements Inline {
    }

    /**
     * Where an original page begins.
     *
     * @param label the page's number
     */
    record PageStart(String label) implements Inline {
    }
}
