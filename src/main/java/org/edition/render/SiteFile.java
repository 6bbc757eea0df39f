package org.edition.render;

import java.util.Objects;

/**
 * One file of the site to be written.
 *
 * @param path  its path inside the site, with {@code /} separators ({@code reports/lo-2017.html}); it must
 *              follow {@link SitePath}'s rule (the render stage checks paths made from inputs before)
 * @param bytes its content
 */
public record SiteFile(String path, byte[] bytes) {
    public SiteFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        SitePath.problem(path).ifPresent(problem -> {
            throw new IllegalArgumentException("not a portable site path: " + path + " " + problem);
        });
    }
}
