package org.edition.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;

/**
 * An input folder (the content or the templates) from which only regular files inside it are read.
 * Every path is checked through its real path: a file or folder link is followed only while it stays
 * inside the folder; the file is then opened without following links, so what is checked is what is
 * read.
 */
public final class InputFolder {
    /** Files larger than this are refused rather than read into memory (a report's text is a few MB). */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** What a path of the folder is. */
    public enum Entry {
        /** Nothing is there. */
        MISSING,
        /** A regular file inside the folder (possibly through a link that stays inside). */
        FILE,
        /** A folder inside the folder (possibly through a link that stays inside). */
        FOLDER
    }

    private final Path folder;
    private final Path real;
    private final String name;
    private final EditionException.Kind kind;

    private InputFolder(Path folder, Path real, String name, EditionException.Kind kind) {
        this.folder = folder;
        this.real = real;
        this.name = name;
        this.kind = kind;
    }

    /**
     * An existing input folder.
     *
     * @param folder the folder as the user named it (used in messages)
     * @param name   what it is, for messages: {@code content} or {@code templates}
     * @param kind   the kind of failure a refused file is (content or template)
     * @throws EditionException of that kind if the folder does not exist or cannot be resolved
     */
    public static InputFolder of(Path folder, String name, EditionException.Kind kind) {
        try {
            return new InputFolder(folder, folder.toRealPath(), name, kind);
        } catch (IOException e) {
            throw new EditionException(kind, Diagnostic.error(folder.toString(), 0,
                    "cannot open the " + name + " folder: " + reason(e)), e);
        }
    }

    /** The folder as the user named it. */
    public Path folder() {
        return folder;
    }

    /**
     * What a path inside the folder is.
     *
     * @param path a path under {@link #folder()}
     * @throws EditionException if it is a link leading outside the folder, a link to nothing, or a
     *                          special file
     */
    public Entry entry(Path path) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Entry.MISSING;
        } catch (IOException e) {
            throw refused(path, "cannot be read: " + reason(e));
        }
        Path resolved;
        try {
            resolved = path.toRealPath();
        } catch (NoSuchFileException e) {
            throw refused(path, "is a link to " + linkTarget(path) + ", which does not exist");
        } catch (IOException e) {
            throw refused(path, "cannot be resolved: " + reason(e));
        }
        if (!resolved.startsWith(real)) {
            throw refused(path, "leads outside the " + name + " folder (it is, or lies behind, a link to " + resolved
                    + "); the builder reads only files inside " + folder + ": copy the file in instead of linking to it");
        }
        BasicFileAttributes target;
        try {
            target = Files.readAttributes(resolved, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw refused(path, "cannot be read: " + reason(e));
        }
        if (target.isDirectory()) {
            return Entry.FOLDER;
        }
        if (!target.isRegularFile()) {
            throw refused(path, "is not a regular file (" + (own.isSymbolicLink() ? "a link to " : "") + "a named pipe, socket or device)"
                    + "; the builder reads only regular files: remove it from " + folder);
        }
        return Entry.FILE;
    }

    /**
     * Reads a file of the folder.
     *
     * @throws EditionException if it is missing, not a regular file inside the folder, too large or unreadable
     */
    public byte[] read(Path path) {
        Entry entry = entry(path);
        if (entry != Entry.FILE) {
            throw refused(path, entry == Entry.MISSING ? "does not exist" : "is a folder, not a file");
        }
        try {
            Path resolved = path.toRealPath();
            if (!resolved.startsWith(real)) {
                throw refused(path, "leads outside the " + name + " folder");
            }
            long size = Files.size(resolved);
            if (size > MAX_FILE_BYTES) {
                throw refused(path, "is " + size / (1024 * 1024) + " MB; the builder reads files of up to "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            try (InputStream in = Files.newInputStream(resolved, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw refused(path, "grew past " + MAX_FILE_BYTES / (1024 * 1024) + " MB while being read");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw refused(path, "cannot be read: " + reason(e));
        }
    }

    /** Reads a file of the folder if it is there. */
    public Optional<byte[]> readIfPresent(Path path) {
        return entry(path) == Entry.MISSING ? Optional.empty() : Optional.of(read(path));
    }

    /**
     * The entries directly inside a folder of this folder, sorted by name, each checked by {@link #entry}:
     * a link leading outside or a special file among them stops the reading with its name.
     *
     * @param dir a folder under {@link #folder()}
     * @return the files and the folders, by name
     */
    public List<Path> list(Path dir) {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw refused(dir, "cannot be listed: " + reason(e));
        }
        for (Path p : entries) {
            entry(p);
        }
        return entries;
    }

    /**
     * Every regular file under a folder of this folder, recursively, in path order. Links to folders
     * are not followed (they are refused: copy the folder in instead).
     */
    public List<Path> walk(Path dir) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted().toList()) {
                boolean link = Files.isSymbolicLink(p);
                Entry entry = entry(p);
                if (entry == Entry.FILE) {
                    files.add(p);
                } else if (entry == Entry.FOLDER && link) {
                    throw refused(p, "is a link to a folder; the builder does not follow folder links: copy the folder in instead");
                }
            }
        } catch (IOException e) {
            throw refused(dir, "cannot be listed: " + reason(e));
        }
        return files;
    }

    private EditionException refused(Path path, String message) {
        return new EditionException(kind, Diagnostic.error(path.toString(), 0, message));
    }

    private static String linkTarget(Path path) {
        try {
            return Files.readSymbolicLink(path).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a missing file";
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
