package org.edition.model;

import java.util.List;

/**
 * One of the authors' notes, with every place the text cites it.
 *
 * @param label      the label as printed ("15")
 * @param id         its anchor ({@code note-15})
 * @param html       its text as inner HTML; empty when the source lacks it
 * @param text       its plain text; empty when the source lacks it
 * @param status     whether the source holds the text in full, cut off, or not at all
 * @param references the places that cite it, in reading order
 */
public record Note(String label, String id, String html, String text, Status status, List<NoteReference> references) {
    public Note {
        references = List.copyOf(references);
    }

    /** How much of the note's text the source holds. */
    public enum Status {
        /** The source holds the whole text. */
        PRESENT,
        /** The source holds the beginning of the text only. */
        BREAKS_OFF,
        /** The source cites the note but holds none of its text. */
        MISSING;

        /** For templates and CSS: {@code present}, {@code breaks-off}, {@code missing}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The status as a template-friendly word. */
    public String statusId() {
        return status.id();
    }
}
