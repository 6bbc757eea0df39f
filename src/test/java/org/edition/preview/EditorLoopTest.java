package org.edition.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.edition.ComparisonEdition;
import org.edition.TestEdition;
import org.edition.diagnostics.EditionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's loop: the practice builds after the first build change nothing that is served, and a save
 * stops them and is built as any save is.
 */
class EditorLoopTest {

    /** What the loop told its listener, in order. */
    private static final class Told implements EditorLoop.Listener {
        final LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        final List<Set<Path>> builds = new CopyOnWriteArrayList<>();

        @Override
        public void built(WarmBuild.Built built, boolean siteChanged, Set<Path> changed, Duration took) {
            builds.add(changed);
            events.add(changed.isEmpty() ? "first build" : "rebuilt");
        }

        @Override
        public void failed(EditionException failure, RuntimeException bug, Set<Path> changed) {
            events.add("failed: " + (failure != null ? failure.getMessage() : bug));
        }

        @Override
        public void practised(int rounds, boolean interrupted, Duration took) {
            events.add("practised " + rounds + (interrupted ? " interrupted" : ""));
        }

        String next() throws InterruptedException {
            String e = events.poll(120, TimeUnit.SECONDS);
            return e == null ? "nothing within two minutes" : e;
        }
    }

    @Test
    void practiceBuildsServeNothingNewAndASaveIsBuiltAfterThem(@TempDir Path dir) throws Exception {
        TestEdition e = ComparisonEdition.twoReports(dir.resolve("edition"));
        Path templates = WarmBuildTest.copyOfTemplates(dir);
        PreviewState state = new PreviewState();
        Told told = new Told();
        try (EditorLoop loop = new EditorLoop(new WarmBuild(new WarmBuild.Inputs(e.content, templates, Optional.empty()), "test"),
                state, new SourceWatcher(e.content, templates, Duration.ofMillis(30)), told, 2)) {
            loop.start();
            assertEquals("first build", told.next());
            PreviewState.Snapshot first = state.snapshot();
            assertEquals("practised 2", told.next(), "both practice builds ran, none stopped by a save");
            assertEquals(first, state.snapshot(), "the practice builds served nothing");
            assertEquals(1, told.builds.size());

            e.write("sources/alpha.md", ComparisonEdition.ALPHA.replace("Gardens and tulips", "Roses and tulips"));
            assertEquals("rebuilt", told.next());
            assertEquals(first.generation() + 1, state.snapshot().generation());
            assertTrue(page(state, "reports/alpha.html").contains("Roses and tulips"));
        }
    }

    @Test
    void aSaveStopsThePracticeAndIsBuilt(@TempDir Path dir) throws Exception {
        TestEdition e = ComparisonEdition.twoReports(dir.resolve("edition"));
        Path templates = WarmBuildTest.copyOfTemplates(dir);
        PreviewState state = new PreviewState();
        Told told = new Told();
        int practices = 50;
        try (EditorLoop loop = new EditorLoop(new WarmBuild(new WarmBuild.Inputs(e.content, templates, Optional.empty()), "test"),
                state, new SourceWatcher(e.content, templates, Duration.ofMillis(30)), told, practices)) {
            loop.start();
            assertEquals("first build", told.next());
            e.write("sources/alpha.md", ComparisonEdition.ALPHA.replace("Gardens and tulips", "Roses and tulips"));
            String practised = told.next();
            assertTrue(practised.startsWith("practised ") && practised.endsWith(" interrupted"), practised);
            assertTrue(Integer.parseInt(practised.split(" ")[1]) < practices, practised);
            assertEquals("rebuilt", told.next(), "the save is built once the practice build under way ends");
            assertTrue(page(state, "reports/alpha.html").contains("Roses and tulips"));
            assertFalse(told.builds.get(1).isEmpty());
        }
    }

    private static String page(PreviewState state, String path) {
        byte[] bytes = state.snapshot().files().get(path);
        assertTrue(bytes != null, path + " is served");
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
