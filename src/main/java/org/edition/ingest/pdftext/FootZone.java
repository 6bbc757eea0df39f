package org.edition.ingest.pdftext;

import java.util.List;
import org.edition.ingest.notes.NoteOpening;

/**
 * The block of notes at the foot of one page: the notes it opens, in order, each with its source lines.
 *
 * @param page    the page
 * @param start   the first source line of the block
 * @param notes   the notes the block opens
 * @param restart whether its first note starts the numbering again at 1
 */
record FootZone(Page page, int start, List<Opened> notes, boolean restart) {

    FootZone {
        notes = List.copyOf(notes);
    }

    /**
     * One note opened in the block.
     *
     * @param opening how its first line opens it
     * @param lines   its source lines, the opening line first
     */
    record Opened(NoteOpening opening, List<Integer> lines) {
        Opened {
            lines = List.copyOf(lines);
        }
    }

    /** The block's last source line. */
    int lastLine() {
        List<Integer> last = notes.get(notes.size() - 1).lines();
        return last.get(last.size() - 1);
    }

    /** The last numbered note of the block, or 0 if it opens only symbol notes. */
    int lastNumber() {
        int last = 0;
        for (Opened o : notes) {
            if (!o.opening().symbol()) {
                last = o.opening().number();
            }
        }
        return last;
    }
}
