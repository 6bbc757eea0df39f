package org.edition.ingest.source;

import java.util.List;
import java.util.Objects;

/**
 * A raw source text as received, decoded and with line ends normalised to {@code \n}; nothing else
 * is changed.
 *
 * @param name   the file name as shown in messages (relative to the working folder where possible)
 * @param text   the whole text, without a byte-order mark, lines ended by {@code \n}
 * @param sha256 hex SHA-256 of the file's bytes exactly as received
 */
public record SourceText(String name, String text, String sha256) {

    public SourceText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        sha256 = sha256 == null ? "" : sha256;
    }

    /** A source made from a string, for tests and standard input. */
    public static SourceText of(String name, String text) {
        return new SourceText(name, text.replace("\r\n", "\n").replace('\r', '\n'), "");
    }

    /** The lines of the text, without their line ends; line {@code n} is at index {@code n - 1}. */
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }
}
