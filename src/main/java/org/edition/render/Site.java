package org.edition.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole site as rendered, in path order: what the publish stage writes.
 *
 * @param files the files, sorted by path, paths unique
 */
public record Site(List<SiteFile> files) {
    public Site {
        Map<String, SiteFile> byPath = new TreeMap<>();
        for (SiteFile f : files) {
            if (byPath.put(f.path(), f) != null) {
                throw new IllegalArgumentException("two files for one path: " + f.path());
            }
        }
        files = List.copyOf(byPath.values());
    }

    /** A site made from several collections of files. */
    @SafeVarargs
    public static Site of(Collection<SiteFile>... parts) {
        List<SiteFile> all = new ArrayList<>();
        for (Collection<SiteFile> part : parts) {
            all.addAll(part);
        }
        all.sort(Comparator.comparing(SiteFile::path));
        return new Site(all);
    }

    /** Total size in bytes. */
    public long bytes() {
        return files.stream().mapToLong(f -> f.bytes().length).sum();
    }
}
