package org.edition.check;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.edition.diagnostics.Diagnostic;

/**
 * A published site as read from its folder: every regular file by its path inside the site, and the
 * problems met reading it (a symbolic link is one: a site copied to a host or an archive would lose it,
 * or serve a file from elsewhere). Links are never followed.
 */
public final class PublishedSite {
    private final Path folder;
    private final Map<String, byte[]> files;
    private final List<Diagnostic> problems;
    private final Map<String, Optional<Page>> pages = new TreeMap<>();

    private PublishedSite(Path folder, Map<String, byte[]> files, List<Diagnostic> problems) {
        this.folder = folder;
        this.files = Collections.unmodifiableMap(files);
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads a site's folder.
     *
     * @param folder the site, as the user named it (messages name files under it)
     * @throws IOException if the folder cannot be read
     */
    public static PublishedSite read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = folder.relativize(file).toString().replace('\\', '/');
                if (attrs.isSymbolicLink()) {
                    problems.add(Diagnostic.error(file.toString(), 0, "a symbolic link (to " + Files.readSymbolicLink(file)
                            + "): a published site holds files, not links to files elsewhere"));
                } else if (attrs.isRegularFile()) {
                    files.put(path, Files.readAllBytes(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new PublishedSite(folder, files, problems);
    }

    /** The folder's name as the user gave it. */
    public Path folder() {
        return folder;
    }

    /** The site's files by path ({@code reports/lo-2017.html}), in path order. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** Problems met reading the folder. */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** The name messages give a file of the site: under the folder as the user named it. */
    public String name(String path) {
        return folder.resolve(path).toString();
    }

    /** Whether the site holds this file. */
    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** Whether some file of the site lies inside this folder path. */
    public boolean isFolder(String path) {
        String prefix = path.isEmpty() || path.endsWith("/") ? path : path + "/";
        return files.keySet().stream().anyMatch(p -> p.startsWith(prefix));
    }

    /** The site's HTML pages, in path order. */
    public List<Page> pages() {
        List<Page> all = new ArrayList<>();
        for (String path : files.keySet()) {
            page(path).ifPresent(all::add);
        }
        return all;
    }

    /** A page of the site, parsed once; empty if the site has no HTML file of that path. */
    public synchronized Optional<Page> page(String path) {
        return pages.computeIfAbsent(path, p -> files.containsKey(p) && Page.isHtml(p)
                ? Optional.of(Page.parse(p, name(p), files.get(p))) : Optional.empty());
    }
}
