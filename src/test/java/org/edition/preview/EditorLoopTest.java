package org.edition.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

    /** An edition of two reports served by a loop with this many practice builds, its first build started. */
    private record Preview(TestEdition edition, PreviewState state, Told told, EditorLoop loop) implements AutoCloseable {
        static Preview started(Path dir, int practices) throws IOException {
            return started(dir, practices, Duration.ofMinutes(10));
        }

        static Preview started(Path dir, int practices, Duration practice) throws IOException {
            TestEdition e = ComparisonEdition.twoReports(dir.resolve("edition"));
            Path templates = WarmBuildTest.copyOfTemplates(dir);
            PreviewState state = new PreviewState();
            Told told = new Told();
            EditorLoop loop = new EditorLoop(new WarmBuild(new WarmBuild.Inputs(e.content, templates, Optional.empty()), "test"),
                    state, new SourceWatcher(e.content, templates, Duration.ofMillis(30)), told, practices, practice);
            loop.start();
            return new Preview(e, state, told, loop);
        }

        void saveASourceEdit() throws IOException {
            edition.write("sources/alpha.md", ComparisonEdition.ALPHA.replace("Gardens and tulips", "Roses and tulips"));
        }

        @Override
        public void close() {
            loop.close();
        }
    }

    @Test
    void practiceBuildsServeNothingNewAndASaveIsBuiltAfterThem(@TempDir Path dir) throws Exception {
        try (Preview p = Preview.started(dir, 2)) {
            assertEquals("first build", p.told().next());
            PreviewState.Snapshot first = p.state().snapshot();
            assertEquals("practised 2", p.told().next(), "both practice builds ran, none stopped by a save");
            assertEquals(first, p.state().snapshot(), "the practice builds served nothing");
            assertEquals(1, p.told().builds.size());

            p.saveASourceEdit();
            assertEquals("rebuilt", p.told().next());
            assertEquals(first.generation() + 1, p.state().snapshot().generation());
            assertTrue(page(p.state(), "reports/alpha.html").contains("Roses and tulips"));
        }
    }

    @Test
    void aSaveStopsThePracticeAndIsBuilt(@TempDir Path dir) throws Exception {
        int practices = 50;
        try (Preview p = Preview.started(dir, practices)) {
            assertEquals("first build", p.told().next());
            p.saveASourceEdit();
            String practised = p.told().next();
            assertTrue(practised.startsWith("practised ") && practised.endsWith(" interrupted"), practised);
            assertTrue(Integer.parseInt(practised.split(" ")[1]) < practices, practised);
            assertEquals("rebuilt", p.told().next(), "the save is built once the practice build under way ends");
            assertTrue(page(p.state(), "reports/alpha.html").contains("Roses and tulips"));
            assertFalse(p.told().builds.get(1).isEmpty());
        }
    }

    @Test
    void noPracticeWhenTheFirstBuildTookLongerThanThePracticeMayTake(@TempDir Path dir) throws Exception {
        try (Preview p = Preview.started(dir, 5, Duration.ofNanos(1))) {
            assertEquals("first build", p.told().next());
            p.saveASourceEdit();
            assertEquals("rebuilt", p.told().next(), "no practice round: the save is the next build");
            assertTrue(p.told().events.isEmpty(), p.told().events.toString());
        }
    }

    private static String page(PreviewState state, String path) {
        byte[] bytes = state.snapshot().files().get(path);
        assertTrue(bytes != null, path + " is served");
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
