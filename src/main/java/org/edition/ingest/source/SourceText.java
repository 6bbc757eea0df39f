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
 * @param pdf    for a PDF, the file's bytes (the text is then empty); null for a text. Not copied:
 *               nobody may change the array
 */
public record SourceText(String name, String text, String sha256, byte[] pdf) {

    public SourceText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        sha256 = sha256 == null ? "" : sha256;
    }

    /** A text source. */
    public SourceText(String name, String text, String sha256) {
        this(name, text, sha256, null);
    }

    /** A PDF source: its bytes, read by the PDF importer; its text is empty. */
    public static SourceText pdf(String name, byte[] bytes, String sha256) {
        return new SourceText(name, "", sha256, Objects.requireNonNull(bytes, "bytes"));
    }

    /** Whether the source is a PDF (bytes, not text). */
    public boolean isPdf() {
        return pdf != null;
    }

    /** Whether bytes are a PDF file: the {@code %PDF-} header within the first 1024 bytes, as readers allow. */
    public static boolean looksLikePdf(byte[] bytes) {
        int end = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= end; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
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
