package org.edition.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * One file of the site to be written. A page's content is made when the publish stage asks for it, straight
 * into the file, so that a site of thousands of pages — some of tens of megabytes — is never held in
 * memory whole; {@link Site#inMemory()} makes them all at once for those that want the bytes (the preview,
 * the snapshot).
 *
 * @param path    its path inside the site, with {@code /} separators ({@code reports/lo-2017.html}); it must
 *                follow {@link SitePath}'s rule (the render stage checks paths made from inputs before)
 * @param content what writes its bytes; a template problem surfaces as an
 *                {@link org.edition.diagnostics.EditionException} when it is asked
 */
public record SiteFile(String path, Content content) {
    public SiteFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        SitePath.problem(path).ifPresent(problem -> {
            throw new IllegalArgumentException("not a portable site path: " + path + " " + problem);
        });
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

    /**
     * What makes a file's bytes as one array, never changed afterwards: {@link #bytes()} takes that array
     * as it is rather than a copy (the preview keeps its finished pages and serves the same arrays).
     */
    @FunctionalInterface
    public interface Bytes extends Content {
        /**
         * Makes the file's bytes.
         *
         * @throws IOException if they cannot be made
         */
        byte[] make() throws IOException;

        @Override
        default void writeTo(OutputStream out) throws IOException {
            out.write(make());
        }
    }

    /** Bytes already made. */
    private record Made(byte[] bytes) implements Content {
        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(bytes);
        }
    }

    /** A file whose bytes are already made. */
    public static SiteFile of(String path, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new SiteFile(path, new Made(bytes));
    }

    /** Whether the file's bytes are already made (reading them costs nothing). */
    public boolean made() {
        return content instanceof Made;
    }

    /**
     * The file's bytes: those already made, or made now in memory (each time it is asked: for a small
     * file, a test, or through {@link Site#inMemory()}).
     */
    public byte[] bytes() {
        if (content instanceof Made m) {
            return m.bytes();
        }
        try {
            if (content instanceof Bytes b) {
                return b.make();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            content.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
