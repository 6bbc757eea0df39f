package org.edition.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * One file of the site to be written. Its content is made when the publish stage asks for it, straight
 * into the file, so that a site of thousands of pages — some of tens of megabytes — is never held in
 * memory whole.
 *
 * @param path    its path inside the site, with {@code /} separators ({@code reports/lo-2017.html})
 * @param content what writes its bytes (asked once, by the publish stage); a template problem surfaces as
 *                an {@link org.edition.diagnostics.EditionException} when it is asked
 */
public record SiteFile(String path, Content content) {
    public SiteFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative site path: " + path);
        }
    }

    /** What writes a file's bytes. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the file's bytes.
         *
         * @throws IOException if they cannot be written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file whose bytes are already made. */
    public static SiteFile of(String path, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new SiteFile(path, out -> out.write(bytes));
    }

    /** Makes the file's bytes in memory (for a small file, or a test). */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
