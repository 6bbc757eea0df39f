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
    /** {@code serve}: the preview server cannot listen on the port (in use, or a port that needs privileges). */
    public static final int SERVER = 6;
    /** {@code check}: the site has errors (a broken link or anchor, a duplicate id, an image without alt …). */
    public static final int CHECK_FAILED = 7;

    private ExitCodes() {
    }

    /** The exit code for a failure of this kind. */
    public static int of(EditionException.Kind kind) {
        return switch (kind) {
            case CONTENT -> CONTENT;
            case TEMPLATE -> TEMPLATE;
            case OUTPUT -> OUTPUT;
            case SERVER -> SERVER;
        };
    }
}
