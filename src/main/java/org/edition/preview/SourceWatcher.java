package org.edition.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.edition.ingest.source.SourceDecoder;

/**
 * Watches the content and templates folders, every folder inside them included, and reports the
 * files saved with new bytes. Events are gathered until the folders have been quiet for a moment (an
 * editor's save is often several events: a temporary file, a rename, a write), and a file whose bytes are
 * what they were (a bare {@code touch}, an editor saving an unchanged buffer) is no change. Hidden files
 * in the content folder are ignored: the build never reads them (editors' swap files live there).
 *
 * <p>One thread uses it (the editor's loop), though another may close it.
 */
public final class SourceWatcher implements AutoCloseable {
    /** The longest a batch is held back while events keep coming. */
    private static final Duration MOST = Duration.ofSeconds(1);

    private final WatchService service;
    private final List<Path> roots;
    private final Path content;
    private final Duration quiet;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Map<Path, String> digests = new HashMap<>();
    /** Events taken by {@link #pending}, for the next batch. */
    private WatchKey held;

    /**
     * Starts watching.
     *
     * @param content   the content folder
     * @param templates the templates folder
     * @param quiet     how long the folders must be quiet before a batch of changes is reported
     * @throws IOException if a folder cannot be watched
     */
    public SourceWatcher(Path content, Path templates, Duration quiet) throws IOException {
        this.content = content.toAbsolutePath().normalize();
        this.roots = List.of(this.content, templates.toAbsolutePath().normalize());
        this.quiet = quiet;
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            register(root, null);
        }
    }

    /**
     * Waits for the next saved change.
     *
     * @return the files (absolute paths) whose bytes changed, were created or were deleted, in path order;
     *         a folder itself when its events were lost and everything in it must be read again
     * @throws InterruptedException if the waiting thread is interrupted
     * @throws java.nio.file.ClosedWatchServiceException once the watcher is closed
     */
    public Set<Path> next() throws InterruptedException {
        while (true) {
            Set<Path> touched = new TreeSet<>();
            WatchKey first = held != null ? held : service.take();
            held = null;
            gather(first, touched);
            long end = System.nanoTime() + MOST.toNanos();
            for (WatchKey key; System.nanoTime() < end && (key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null; ) {
                gather(key, touched);
            }
            Set<Path> changed = new TreeSet<>();
            for (Path p : touched) {
                if (roots.contains(p) || Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) || changedBytes(p)) {
                    changed.add(p);
                }
            }
            if (!changed.isEmpty()) {
                return changed;
            }
        }
    }

    /**
     * Whether something has happened in the folders since the last batch (a change {@link #next} will
     * report, or events that turn out to be none), without waiting.
     *
     * @throws java.nio.file.ClosedWatchServiceException once the watcher is closed
     */
    public boolean pending() {
        if (held == null) {
            held = service.poll();
        }
        return held != null;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    private void gather(WatchKey key, Set<Path> touched) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                touched.add(rootOf(folder));
                rescan(rootOf(folder), touched);
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            if (ignored(file)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                register(file, touched);
            }
            touched.add(file);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private Path rootOf(Path folder) {
        return roots.stream().filter(r -> folder != null && folder.startsWith(r)).findFirst().orElse(roots.get(0));
    }

    private void rescan(Path root, Set<Path> touched) {
        register(root, touched);
        digests.keySet().removeIf(p -> p.startsWith(root) && !Files.exists(p));
    }

    /**
     * Watches a folder and every folder inside it.
     *
     * @param found where to add the files found; {@code null} when starting, to record their bytes instead
     */
    private void register(Path folder, Set<Path> found) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(folder) && ignored(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (ignored(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (found == null) {
                        digests.put(file, digest(file));
                    } else {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (found != null) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            if (found != null) {
                found.add(folder);
            }
        }
    }

    private boolean ignored(Path file) {
        return file.startsWith(content) && !file.equals(content) && file.getFileName().toString().startsWith(".");
    }

    /** Whether the file's bytes differ from those last seen (recording the new ones); a folder gone counts if it held files. */
    private boolean changedBytes(Path file) {
        if (!Files.exists(file) && !digests.containsKey(file)) {
            return digests.keySet().removeIf(p -> p.startsWith(file));
        }
        String now = Files.exists(file) ? digest(file) : null;
        String before = now == null ? digests.remove(file) : digests.put(file, now);
        return !Objects.equals(before, now);
    }

    private static String digest(Path file) {
        try {
            return SourceDecoder.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
