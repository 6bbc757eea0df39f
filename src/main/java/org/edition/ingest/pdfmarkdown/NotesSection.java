package org.edition.ingest.pdfmarkdown;

import org.edition.ingest.importer.Intervention;
import org.edition.ingest.pdfmarkdown.SourceBlock.Kind;

/**
 * A notes section: a "Notes", "Endnotes" or "Footnotes" heading with the notes under it as numbered
 * items, as bullet items (numbered by their place, a guess), or as table rows ({@code | 12. | text |}),
 * as HTML-to-Markdown converters of report websites write them. The heading is dropped, since the notes
 * become the edition's note definitions; so are a table's header and separator rows.
 */
final class NotesSection {
    private NotesSection() {
    }

    /**
     * Reads the section that starts with the heading at {@code start}.
     *
     * @param blocks the body's blocks
     * @param start  the index of the heading
     * @param layout receives the notes
     * @return the index of the first block after the section
     */
    static int read(java.util.List<SourceBlock> blocks, int start, NoteLayout layout) {
        SourceBlock heading = blocks.get(start);
        layout.log().did(Intervention.Kind.OTHER, heading.line(),
                "notes heading dropped, its notes become note definitions: " + heading.text());
        boolean haveNote = false;
        int k = start + 1;
        for (; k < blocks.size() && !blocks.get(k).is(Kind.HEADING); k++) {
            SourceBlock b = blocks.get(k);
            if (b.is(Kind.NUMBERED) || b.is(Kind.TABLE_ROW) && b.number() > 0) {
                layout.addNote(b, b.number());
                haveNote = true;
            } else if (b.is(Kind.BULLET)) {
                int number = layout.lastNote() + 1;
                layout.log().guessed(Intervention.Kind.OTHER, b.line(),
                        "bullet item of the notes section read as note " + number + " (numbered by its place)");
                layout.addNote(b, number);
                haveNote = true;
            } else if (b.is(Kind.PARAGRAPH) && haveNote) {
                String label = layout.joinToLastNote(b);
                layout.log().did(Intervention.Kind.OTHER, b.line(), "text of note " + label
                        + " split by a blank line, joined: " + b.text());
            } else if (b.is(Kind.TABLE_ROW)) {
                if (b.text().chars().anyMatch(Character::isLetter)) {
                    layout.log().did(Intervention.Kind.OTHER, b.line(), "table header of the notes dropped: "
                            + b.text());
                }
            } else if (!b.is(Kind.RULE)) {
                break;
            }
        }
        return k;
    }
}
