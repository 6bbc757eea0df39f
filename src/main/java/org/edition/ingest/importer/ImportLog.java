package org.edition.ingest.importer;

import java.util.ArrayList;
import java.util.List;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.Severity;

/**
 * Collects what an importer does to one source: interventions and diagnostics, each with its line, and
 * the source line of every note reference and note text it writes. Made for one import and then frozen
 * into an {@link ImportReport}.
 */
public final class ImportLog {
    private final String file;
    private final List<Intervention> interventions = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<NotePlaces.Place> noteReferences = new ArrayList<>();
    private final List<NotePlaces.Place> noteTexts = new ArrayList<>();
    private boolean pages;

    /** @param file the source's name as shown in messages */
    public ImportLog(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** Records a sure intervention. */
    public void did(Intervention.Kind kind, int line, String detail) {
        interventions.add(new Intervention(kind, line, detail, false));
    }

    /** Records an intervention that is a guess an editor should check. */
    public void guessed(Intervention.Kind kind, int line, String detail) {
        interventions.add(new Intervention(kind, line, detail, true));
    }

    public void warn(int line, String message) {
        diagnostics.add(new Diagnostic(Severity.WARNING, file, line, 0, message));
    }

    public void info(int line, String message) {
        diagnostics.add(new Diagnostic(Severity.INFO, file, line, 0, message));
    }

    public void error(int line, String message) {
        diagnostics.add(new Diagnostic(Severity.ERROR, file, line, 0, message));
    }

    /**
     * Records where a note reference of the Markdown comes from, so that the import report can send an
     * editor to the line of a reference that has no note. Call it once for every reference written.
     *
     * @param label the label as written in the Markdown, {@code 12} for {@code [^12]}
     * @param line  the 1-based line of the raw source where the reference stands
     */
    public void noteReference(String label, int line) {
        noteReferences.add(new NotePlaces.Place(label, line));
    }

    /**
     * Records where the text of a note comes from, so that the import report can send an editor to a
     * note that no reference cites. Call it once for every note definition written.
     *
     * @param label the label as written in the Markdown, {@code 12} for {@code [^12]:}
     * @param line  the 1-based line of the raw source where the note's text begins
     */
    public void noteText(String label, int line) {
        noteTexts.add(new NotePlaces.Place(label, line));
    }

    /**
     * Says that the positions this importer records are page numbers, not source lines (a PDF has no
     * lines to point to), so that the import report names them as pages.
     */
    public void positionsArePages() {
        pages = true;
    }

    /** The places of the note references and texts recorded so far. */
    public NotePlaces notePlaces() {
        return new NotePlaces(noteReferences, noteTexts, pages);
    }

    /** Interventions so far, in the order recorded. */
    public List<Intervention> interventions() {
        return List.copyOf(interventions);
    }

    /** Diagnostics so far, in the order recorded. */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** How many interventions of this kind were recorded. */
    public long count(Intervention.Kind kind) {
        return interventions.stream().filter(i -> i.kind() == kind).count();
    }
}
