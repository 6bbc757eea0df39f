package org.edition.archive;

import java.util.Comparator;
import org.edition.diagnostics.Diagnostic;

/**
 * One problem with a snapshot.
 *
 * @param kind   what kind of problem, which decides the exit code
 * @param file   the file it is about, as the bag names it ({@code data/site/index.html}, {@code manifest-sha256.txt})
 * @param line   the line of a tag file it is about, or 0
 * @param detail a sentence saying what is wrong
 */
public record Finding(Kind kind, String file, int line, String detail) {

    /** Findings in the order they are reported: by kind, then file, then line. */
    public static final Comparator<Finding> IN_ORDER = Comparator.comparing(Finding::kind).thenComparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparing(Finding::detail);

    /** The kinds of problem, from the gravest. */
    public enum Kind {
        /** Not a bag that can be checked: no bagit.txt, no payload manifest, a malformed tag file, an unreadable zip. */
        UNREADABLE("not a readable bag"),
        /** A file's bytes are not what the manifests, the Payload-Oxum, a WARC digest or a WACZ digest say. */
        DAMAGED("damaged"),
        /** A file listed in a manifest is not there. */
        MISSING("missing"),
        /** A payload file is not listed in a manifest, or the payload's file count differs from the Payload-Oxum. */
        EXTRA("not listed");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word that starts the message. */
        public String word() {
            return word;
        }
    }

    /** As a diagnostic for the command line: {@code data/site/index.html: error: damaged: …}. */
    public Diagnostic diagnostic() {
        return Diagnostic.error(file, line, kind.word() + ": " + detail);
    }
}
