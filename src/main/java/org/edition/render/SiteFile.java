package org.edition.render;

import java.util.Objects;

/**
 * One file of the site to be written.
 *
 * @param path  its path inside the site, with {@code /} separators ({@code reports/lo-2017.html})
 * @param bytes its content
 */
public record SiteFile(String path, byte[] bytes) {
    public SiteFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative site path: " + path);
        }
    }
}
