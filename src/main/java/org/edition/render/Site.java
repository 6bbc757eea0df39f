package org.edition.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.edition.parallel.EveryCore;

/**
 * The whole site as rendered: what the publish stage writes. Pages are made as the publish stage asks for
 * them (see {@link SiteFile}).
 *
 * @param files the files in the order the render stage made them (so that, of several problems, the same
 *              one is reported first whatever order they are written in), paths unique
 */
public record Site(List<SiteFile> files) {
    public Site {
        Set<String> paths = new HashSet<>();
        for (SiteFile f : files) {
            if (!paths.add(f.path())) {
                throw new IllegalArgumentException("two files for one path: " + f.path());
            }
        }
        files = List.copyOf(files);
    }

    /** A site made from several collections of files, in order. */
    @SafeVarargs
    public static Site of(Collection<SiteFile>... parts) {
        List<SiteFile> all = new ArrayList<>();
        for (Collection<SiteFile> part : parts) {
            all.addAll(part);
        }
        return new Site(all);
    }

    /** The files in path order. */
    public List<SiteFile> inPathOrder() {
        return files.stream().sorted(Comparator.comparing(SiteFile::path)).toList();
    }

    /**
     * The site with every file's bytes made, on every core: for those that need the bytes rather than
     * files (the preview serves them from memory, the snapshot packs them). Of several files that cannot be
     * made, the first in the site's order is reported, as publishing would.
     */
    public Site inMemory() {
        try {
            return new Site(EveryCore.mapAll(files.size(), i -> {
                SiteFile f = files.get(i);
                return f.made() ? f : SiteFile.of(f.path(), f.bytes());
            }));
        } catch (java.io.UncheckedIOException io) {
            throw new IllegalStateException("cannot make a file in memory: " + io.getCause(), io.getCause());
        }
    }

    /** Total size in bytes of a site {@link #inMemory() in memory} (files not yet made are made to count them). */
    public long bytes() {
        return files.stream().mapToLong(f -> f.bytes().length).sum();
    }

    /**
     * A bug met while making one file of the site (not a problem of the content or templates, which is an
     * {@link org.edition.diagnostics.EditionException}): the render stage's, though it surfaces when the
     * publish stage asks for the file.
     */
    public static final class FileFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FileFailure(String path, RuntimeException cause) {
            super("while making " + path + ": " + cause, cause);
        }
    }
}
