package org.edition.model.compare;

/**
 * One of the authors' notes, as a place a source is cited.
 *
 * @param reportId the report
 * @param noteId   the note's anchor ({@code note-12})
 * @param label    its label ("12")
 * @param text     the part of the note that cites the source
 */
public record CitedNote(String reportId, String noteId, String label, String text) {
}
