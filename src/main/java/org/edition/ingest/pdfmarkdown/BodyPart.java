package org.edition.ingest.pdfmarkdown;

/**
 * A piece of the body once the notes are lifted out: a block of the author's text, or the end of a page
 * of the original, which the importer sees where a note block or a page rule stood.
 */
sealed interface BodyPart permits BodyPart.Text, BodyPart.PageEnd {

    /** A block of the author's text. */
    record Text(SourceBlock block) implements BodyPart {
    }

    /**
     * The end of a page: the next text starts a new page.
     *
     * @param line   the source line of the note block or rule that shows it
     * @param byRule whether a rule alone shows it (no note block), a guess on the converter's habits
     */
    record PageEnd(int line, boolean byRule) implements BodyPart {
    }
}
