package org.edition.render;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file of the site to be written. Its content is made when the publish stage asks for it, so that
 * a site of thousands of pages never has to be held in memory whole.
 *
 * @param path    its path inside the site, with {@code /} separators ({@code reports/lo-2017.html})
 * @param content what makes its bytes (asked once, by the publish stage); a template problem surfaces as
 *                an {@link org.edition.diagnostics.EditionException} when it is asked
 */
public record SiteFile(String path, Supplier<byte[]> content) {
    public SiteFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative site path: " + path);
        }
    }

    /** A file whose bytes are already made. */
    public static SiteFile of(String path, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new SiteFile(path, () -> bytes);
    }

    /** Makes the file's bytes. */
    public byte[] bytes() {
        return content.get();
    }
}
