package org.edition.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on real folders: saved changes reported once quiet, a save of the same bytes is none. */
class SourceWatcherTest {
    @TempDir
    Path dir;
    private Path content;
    private Path templates;
    private SourceWatcher watcher;
    private final ExecutorService waiting = Executors.newSingleThreadExecutor();

    @BeforeEach
    void start() throws Exception {
        content = Files.createDirectories(dir.resolve("content/sources")).getParent();
        templates = Files.createDirectories(dir.resolve("templates/assets")).getParent();
        Files.writeString(content.resolve("sources/a.md"), "A\n");
        Files.writeString(templates.resolve("assets/edition.css"), "body {}\n");
        watcher = new SourceWatcher(content, templates, Duration.ofMillis(30));
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
        waiting.shutdownNow();
    }

    private CompletableFuture<Set<Path>> next() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return watcher.next();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, waiting);
    }

    private static Set<Path> within(CompletableFuture<Set<Path>> next, int seconds) throws Exception {
        try {
            return next.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return null;
        }
    }

    @Test
    void reportsSavedFilesInEveryFolderAndIgnoresWhatDidNotChange() throws Exception {
        CompletableFuture<Set<Path>> next = next();
        Files.setLastModifiedTime(content.resolve("sources/a.md"), FileTime.fromMillis(0));
        Files.writeString(content.resolve("sources/a.md"), "A\n");
        Files.writeString(content.resolve("sources/.a.md.swp"), "editor's scratch");
        assertNull(within(next, 2), "a touch, a save of the same bytes and a hidden file in content/ are no change");

        Files.writeString(templates.resolve("assets/edition.css"), "body { color: red }\n");
        assertEquals(Set.of(templates.resolve("assets/edition.css").toAbsolutePath()), within(next, 30));

        next = next();
        Path added = content.resolve("images/maps/map.svg");
        Files.createDirectories(added.getParent());
        Files.writeString(added, "<svg/>");
        Set<Path> changed = within(next, 30);
        Path addedAbsolute = added.toAbsolutePath();
        for (int i = 0; i < 5 && !changed.contains(addedAbsolute); i++) {
            changed = within(next(), 30);
        }
        assertEquals(true, changed.contains(addedAbsolute), "a file in a new folder is seen: " + changed);

        next = next();
        Files.writeString(added, "<svg></svg>");
        assertEquals(Set.of(addedAbsolute), within(next, 30), "the new folder is watched too");

        next = next();
        Files.delete(content.resolve("sources/a.md"));
        assertEquals(Set.of(content.resolve("sources/a.md").toAbsolutePath()), within(next, 30));
    }
}
