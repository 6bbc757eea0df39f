package org.edition.render;

import java.util.List;
import org.edition.ingest.importer.ImportReport;
import org.edition.model.Note;
import org.edition.model.Report;

/** The edition's statements about notes whose text the source lacks, in the editors' voice. */
final class NoteStatements {
    private NoteStatements() {
    }

    /**
     * A sentence summing up what the source lacks of the notes, or empty when every note is complete:
     * "The source cites notes 1–86 but holds the text of notes 1–15 only; note 15 breaks off."
     */
    static String summary(Report report) {
        List<Note> notes = report.notes();
        List<String> missing = labels(notes, Note.Status.MISSING);
        List<String> brokenOff = labels(notes, Note.Status.BREAKS_OFF);
        if (missing.isEmpty() && brokenOff.isEmpty()) {
            return "";
        }
        List<String> held = notes.stream().filter(n -> n.status() != Note.Status.MISSING).map(Note::label).toList();
        List<String> all = notes.stream().map(Note::label).toList();
        StringBuilder s = new StringBuilder("The source text ");
        if (!missing.isEmpty()) {
            s.append("cites notes ").append(ImportReport.range(all)).append(" but holds the text of ")
                    .append(held.isEmpty() ? "none of them" : (held.size() == 1 ? "note " : "notes ") + ImportReport.range(held) + " only");
            if (!brokenOff.isEmpty()) {
                s.append("; ");
            }
        }
        if (!brokenOff.isEmpty()) {
            s.append(brokenOff.size() == 1 ? "note " : "notes ").append(ImportReport.range(brokenOff))
                    .append(brokenOff.size() == 1 ? " breaks off" : " break off").append(" mid-text");
        }
        s.append(". The edition shows every note the text cites, and says where its text is missing; it does not supply the lost text.");
        return s.toString();
    }

    private static List<String> labels(List<Note> notes, Note.Status status) {
        return notes.stream().filter(n -> n.status() == status).map(Note::label).toList();
    }
}
