package org.edition.cli;

import org.edition.diagnostics.EditionException;

/** The exit codes of {@code edition}, as documented in the README. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** An internal error: a bug in edition (run with --verbose and report it). */
    public static final int INTERNAL = 1;
    /** Wrong use of the command line: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** Unusable content: a source, sidecar, edition.yaml or other content file, or a missing content folder. */
    public static final int CONTENT = 3;
    /** A template is missing or wrong. */
    public static final int TEMPLATE = 4;
    /** The output folder was refused or could not be written. */
    public static final int OUTPUT = 5;
    /** {@code verify}: not a snapshot that can be checked — no bagit.txt or payload manifest, a malformed tag file, an unreadable zip. */
    public static final int SNAPSHOT_UNREADABLE = 6;
    /** {@code verify}: a file the manifests list is missing, or a payload file is not listed (and nothing is damaged). */
    public static final int SNAPSHOT_INCOMPLETE = 7;
    /** {@code verify}: a file does not match its checksum, the Payload-Oxum, a WARC record digest or a WACZ digest. */
    public static final int SNAPSHOT_DAMAGED = 8;
    /** {@code serve}: the preview server cannot listen on the port (in use, or a port that needs privileges). */
    public static final int SERVER = 9;
    /** {@code check}: the site has errors (a broken link or anchor, a duplicate id, an image without alt …). */
    public static final int CHECK_FAILED = 10;

    private ExitCodes() {
    }

    /** The exit code for a failure of this kind. */
    public static int of(EditionException.Kind kind) {
        return switch (kind) {
            case CONTENT -> CONTENT;
            case TEMPLATE -> TEMPLATE;
            case OUTPUT -> OUTPUT;
            case SNAPSHOT_UNREADABLE -> SNAPSHOT_UNREADABLE;
            case SNAPSHOT_INCOMPLETE -> SNAPSHOT_INCOMPLETE;
            case SNAPSHOT_DAMAGED -> SNAPSHOT_DAMAGED;
            case SERVER -> SERVER;
        };
    }
}
