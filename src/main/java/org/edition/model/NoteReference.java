package org.edition.model;

/**
 * A place in the text that cites a note.
 *
 * @param id        the anchor of the reference ({@code ref-12}, {@code ref-12-2} for a second citation)
 * @param noteLabel the label of the note cited
 * @param blockId   the paragraph or section heading it stands in
 * @param order     its position among all references of the report, from 1, in reading order
 */
public record NoteReference(String id, String noteLabel, String blockId, int order) {
}
