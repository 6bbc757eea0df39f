package org.edition.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.edition.ingest.source.SourceDecoder;
import org.edition.render.Site;
import org.edition.render.SiteFile;

/**
 * The manifest that marks a folder as the builder's output: one line per file it wrote, in the
 * format of {@code sha256sum}, so {@code cd site && sha256sum -c .edition-manifest} verifies a
 * snapshot years later.
 */
public final class Manifest {
    /** The manifest's file name inside the site. */
    public static final String FILE = ".edition-manifest";

    private Manifest() {
    }

    /** The manifest's text for a site {@link Site#inMemory() in memory}: {@code <sha256>  <path>} per file, in path order. */
    public static String of(Site site) {
        List<Line> lines = new ArrayList<>();
        for (SiteFile f : site.inPathOrder()) {
            byte[] bytes = f.bytes();
            lines.add(new Line(SourceDecoder.sha256(bytes), f.path(), bytes.length));
        }
        return of(lines);
    }

    /**
     * One file written.
     *
     * @param sha256 its SHA-256, in hexadecimal
     * @param path   its path in the site
     * @param size   its size in bytes
     */
    record Line(String sha256, String path, long size) {
    }

    /** The manifest's text: {@code <sha256>  <path>} per file, in the order given (path order). */
    static String of(List<Line> files) {
        StringBuilder s = new StringBuilder();
        for (Line f : files) {
            s.append(f.sha256()).append("  ").append(f.path()).append('\n');
        }
        return s.toString();
    }

    /** Whether the folder carries a manifest, i.e. was written by the builder. */
    static boolean marks(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }

    /** The paths a folder's manifest lists, plus the manifest itself. */
    static Set<String> listed(Path folder) throws IOException {
        Set<String> paths = new LinkedHashSet<>();
        for (String line : Files.readAllLines(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            int split = line.indexOf("  ");
            if (split > 0) {
                paths.add(line.substring(split + 2));
            }
        }
        paths.add(FILE);
        return paths;
    }

    /** Files in the folder that its manifest does not list (someone else put them there). */
    static List<String> strangers(Path folder) throws IOException {
        Set<String> listed = listed(folder);
        List<String> strangers = new ArrayList<>();
        try (var files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(p).toString().replace('\\', '/');
                if (!listed.contains(relative)) {
                    strangers.add(relative);
                }
            }
        }
        return strangers;
    }
}
