package org.edition.ingest.importer;

import java.util.ArrayList;
import java.util.List;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.Severity;

/**
 * Collects what an importer does to one source: interventions and diagnostics, each with its line.
 * Made for one import and then frozen into an {@link ImportReport}.
 */
public final class ImportLog {
    private final String file;
    private final List<Intervention> interventions = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

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
