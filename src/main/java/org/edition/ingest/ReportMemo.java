package org.edition.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.edition.diagnostics.Diagnostic;
import org.edition.model.Report;

/**
 * Reports read earlier in the same process, so that a warm rebuild (the preview's) reads again only
 * the sources whose files changed. A single build reads everything afresh ({@link #NONE}).
 */
public interface ReportMemo {

    /** Remembers nothing: every report is read. */
    ReportMemo NONE = (inputs, read) -> read.get();

    /**
     * A report as read, with the diagnostics reading it gave.
     *
     * @param report      the report
     * @param diagnostics the warnings and notes met while reading it
     */
    record Read(Report report, List<Diagnostic> diagnostics) {
        public Read {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The report read from these files: remembered if none of them changed, else read.
     *
     * @param inputs every file the report is read from, present or not: the source, its possible
     *               sidecars and the emendations file
     * @param read   reads the report
     */
    Read recall(List<Path> inputs, Supplier<Read> read);
}
