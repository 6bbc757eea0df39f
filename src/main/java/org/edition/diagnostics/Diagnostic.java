package org.edition.diagnostics;

import java.util.Comparator;
import java.util.Objects;

/**
 * One message for the editor, with the file and position it is about.
 *
 * @param severity how serious it is
 * @param file     the file it is about, as the user named it (relative where possible); empty if none
 * @param line     1-based line, or 0 when the message is about the whole file
 * @param column   1-based column, or 0 when unknown
 * @param message  a sentence the user understands, without the position
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message) {

    /** Orders diagnostics by file, then position, then text, so reports are deterministic. */
    public static final Comparator<Diagnostic> IN_FILE_ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        file = file == null ? "" : file;
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(String file, int line, String message) {
        return new Diagnostic(Severity.ERROR, file, line, 0, message);
    }

    public static Diagnostic warning(String file, int line, String message) {
        return new Diagnostic(Severity.WARNING, file, line, 0, message);
    }

    public static Diagnostic info(String file, int line, String message) {
        return new Diagnostic(Severity.INFO, file, line, 0, message);
    }

    /** The same message about another file (a file named differently, or named where it was not known). */
    public Diagnostic inFile(String other) {
        return new Diagnostic(severity, other, line, column, message);
    }

    /** The position part, like {@code content/sources/a.txt:12:3}. */
    public String position() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.toString();
    }

    /** The message as printed: {@code file:line: severity: message}. */
    @Override
    public String toString() {
        String where = position();
        return (where.isEmpty() ? "" : where + ": ") + severity.word() + ": " + message;
    }
}
