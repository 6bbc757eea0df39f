package org.edition.ingest.received;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;

/**
 * Reads every file of an input folder verbatim, for the snapshot: visible regular files at any depth,
 * sorted by path so the result does not depend on the file system's order. Hidden files and folders
 * (a name starting with a dot: {@code .git}, {@code .DS_Store}) are not the edition's and are left out;
 * so are symbolic links, which could point outside the edition — each one left out is a warning.
 */
public final class ReceivedFiles {

    /**
     * What was read.
     *
     * @param files    the files, in path order
     * @param warnings one per file left out that a reader might expect to be kept
     */
    public record Received(List<ReceivedFile> files, List<Diagnostic> warnings) {
        public Received {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }

        /** Total size in bytes. */
        public long bytes() {
            return files.stream().mapToLong(f -> f.bytes().length).sum();
        }
    }

    private ReceivedFiles() {
    }

    /**
     * Reads a folder.
     *
     * @param folder the folder (content or templates)
     * @throws EditionException (content) if the folder is missing or a file in it cannot be read
     */
    public static Received read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw EditionException.content(folder.toString(), 0, "the folder does not exist");
        }
        List<ReceivedFile> files = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(p -> !p.equals(folder)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw EditionException.content(folder.toString(), 0, "cannot list the folder: " + e.getMessage());
        }
        List<Path> sorted = new ArrayList<>(paths);
        sorted.sort(Comparator.comparing(p -> relative(folder, p)));
        for (Path p : sorted) {
            String relative = relative(folder, p);
            if (hidden(relative)) {
                continue;
            }
            if (Files.isSymbolicLink(p)) {
                warnings.add(Diagnostic.warning(p.toString(), 0,
                        "a symbolic link is not kept in the snapshot (it could point outside the edition); put the file itself here"));
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                files.add(new ReceivedFile(relative, readBytes(p)));
            }
        }
        return new Received(files, warnings);
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path folder, Path p) {
        return folder.relativize(p).toString().replace('\\', '/');
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw EditionException.content(file.toString(), 0, "cannot read the file: " + e.getMessage());
        }
    }
}
