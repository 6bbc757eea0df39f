package org.edition.ingest.body;

import java.util.List;
import org.edition.model.Note;
import org.edition.model.Section;

/**
 * The text of a report as read from edition Markdown: its sections and its notes, linked both ways.
 *
 * @param sections the sections in reading order
 * @param notes    the notes in label order of first citation, then uncited ones
 */
public record ReportBody(List<Section> sections, List<Note> notes) {
    public ReportBody {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }
}
