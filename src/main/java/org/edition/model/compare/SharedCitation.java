package org.edition.model.compare;

import java.util.List;

/**
 * A source or organisation that two reports or more cite in their notes.
 *
 * @param kind  what matched: {@code url}, {@code title}, {@code author} or {@code organisation}
 * @param label the matched URL, title, author or organisation, as first written
 * @param notes the notes citing it, by report then label order
 */
public record SharedCitation(String kind, String label, List<CitedNote> notes) {
    public SharedCitation {
        notes = List.copyOf(notes);
    }

    /** How a reader names what matched. */
    public String kindLabel() {
        return switch (kind) {
            case "url" -> "same address";
            case "title" -> "same title";
            case "author" -> "same author";
            default -> "organisation";
        };
    }

    /** The notes of one report. */
    public List<CitedNote> notesOf(String reportId) {
        return notes.stream().filter(n -> n.reportId().equals(reportId)).toList();
    }
}
