package org.edition.diagnostics;

import java.util.List;

/**
 * A failure the user can act on: it carries diagnostics with positions and the kind of failure,
 * which the command line maps to an exit code.
 */
public class EditionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What failed, from the user's point of view; each kind has its own exit code. */
    public enum Kind {
        /** A content file (source, sidecar, YAML, emendation …) cannot be used. */
        CONTENT,
        /** A template is missing or has an error. */
        TEMPLATE,
        /** The output folder is refused or cannot be written. */
        OUTPUT,
        /** A snapshot to verify is not a bag that can be checked (no bagit.txt, no manifest, unreadable zip). */
        SNAPSHOT_UNREADABLE,
        /** A snapshot lacks a file its manifests list, or holds one they do not. */
        SNAPSHOT_INCOMPLETE,
        /** A snapshot's file does not match its checksum, Payload-Oxum, WARC digest or WACZ digest. */
        SNAPSHOT_DAMAGED,
        /** The preview server cannot listen on its port (busy, or not allowed). */
        SERVER
    }

    private final Kind kind;
    private final transient List<Diagnostic> diagnostics;

    public EditionException(Kind kind, List<Diagnostic> diagnostics, Throwable cause) {
        super(summary(diagnostics), cause);
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("an EditionException needs at least one diagnostic");
        }
        this.kind = kind;
        this.diagnostics = List.copyOf(diagnostics);
    }

    public EditionException(Kind kind, Diagnostic diagnostic) {
        this(kind, List.of(diagnostic), null);
    }

    public EditionException(Kind kind, Diagnostic diagnostic, Throwable cause) {
        this(kind, List.of(diagnostic), cause);
    }

    /** A content error about one file and line. */
    public static EditionException content(String file, int line, String message) {
        return new EditionException(Kind.CONTENT, Diagnostic.error(file, line, message));
    }

    public Kind kind() {
        return kind;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String summary(List<Diagnostic> diagnostics) {
        return diagnostics.isEmpty() ? "" : diagnostics.get(0).toString();
    }
}
