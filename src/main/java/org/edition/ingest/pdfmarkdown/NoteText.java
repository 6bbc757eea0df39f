package org.edition.ingest.pdfmarkdown;

/**
 * The text of one note as found in the source, its continuations already joined.
 *
 * @param label  the label of its definition: the note's number; {@code 12-2} for note 12 of the second
 *               series where the numbering starts again; {@code 12-again} for a second note 12 in one series
 * @param number the note's number as printed
 * @param block  its text, with the source lines it came from
 */
record NoteText(String label, int number, SourceBlock block) {

    /** The same note with more text joined to it. */
    NoteText append(String separator, SourceBlock more) {
        return new NoteText(label, number, block.append(separator, more));
    }
}
