package org.edition.ingest.pdfmarkdown;

/**
 * The text of one note as found in the source, its continuations already joined.
 *
 * @param label  the label of its definition: the note's number, or {@code 12-2} for a second note
 *               numbered 12
 * @param number the note's number as printed
 * @param block  its text, with the source lines it came from
 */
record NoteText(String label, int number, SourceBlock block) {

    /** The same note with more text joined to it. */
    NoteText append(String separator, SourceBlock more) {
        return new NoteText(label, number, block.append(separator, more));
    }
}
