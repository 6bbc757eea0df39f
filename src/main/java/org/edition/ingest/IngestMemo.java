package org.edition.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.edition.diagnostics.Diagnostic;

/**
 * What was read from content files earlier in the same process, so that a warm rebuild (the preview's)
 * reads again only what comes from files that changed: each report, the glossary, the annotations and
 * the themes. A single build reads everything afresh ({@link #NONE}).
 */
public interface IngestMemo {

    /** Remembers nothing: everything is read. */
    IngestMemo NONE = new IngestMemo() {
        @Override
        public <T> Read<T> recall(String what, List<Path> inputs, Supplier<Read<T>> read) {
            return read.get();
        }
    };

    /**
     * Something read, with the diagnostics reading it gave.
     *
     * @param value       what was read (a report, the glossary …)
     * @param diagnostics the warnings and notes met while reading it
     */
    record Read<T>(T value, List<Diagnostic> diagnostics) {
        public Read {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * What was read from these files: remembered if none of them changed, else read.
     *
     * @param what   what is read ("report", "glossary" …), so that two kinds never share a key
     * @param inputs every file it is read from, present or not (a report: its source, its possible
     *               sidecars and the emendations file)
     * @param read   reads it
     */
    <T> Read<T> recall(String what, List<Path> inputs, Supplier<Read<T>> read);
}
