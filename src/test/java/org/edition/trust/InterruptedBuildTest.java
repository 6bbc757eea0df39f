package org.edition.trust;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.edition.TestEdition;
import org.edition.diagnostics.EditionException;
import org.edition.publish.SitePublisher;
import org.edition.render.Site;
import org.edition.render.SiteFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build killed with SIGKILL at any moment leaves the previous site (or, killed between the two
 * renames of the swap, the previous site beside it, which the next build puts back), and nothing that
 * stops the next build; two builds started at once into one folder leave one whole site. Each build
 * here is a real child process of the real command line.
 */
class InterruptedBuildTest {
    @TempDir
    Path dir;
    Path content;
    Path site;
    Map<String, String> expected;

    /** An edition of the two seed reports and a copy of each under another id: a build of a few seconds. */
    void aBiggerEditionBuiltOnce() throws IOException {
        content = dir.resolve("content");
        PathUtils.copyDirectory(Path.of("content"), content);
        for (int i = 1; i <= 1; i++) {
            for (String stem : List.of("lo-2017", "de-maio-dreyfus-2020")) {
                Path sources = content.resolve("sources");
                String ext = stem.equals("lo-2017") ? ".txt" : ".md";
                Files.copy(sources.resolve(stem + ext), sources.resolve(stem + "-copy" + i + ext));
                Files.writeString(sources.resolve(stem + "-copy" + i + ".yaml"), Files.readString(sources.resolve(stem + ".yaml"))
                        .replace("id: " + stem, "id: " + stem + "-copy" + i));
            }
        }
        site = dir.resolve("site");
        Process first = build();
        assertEquals(0, waitFor(first), "the first build failed");
        expected = TestEdition.snapshot(site);
        assertTrue(expected.size() > 50, "too small a site: " + expected.size());
    }

    private Process build() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.edition.cli.EditionCommand", "build",
                "--content", content.toString(), "--templates", Path.of("templates").toAbsolutePath().toString(),
                "--out", site.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("build-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    private static int waitFor(Process p) {
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("a build did not end within 5 minutes");
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousSiteAndDoesNotBlockTheNext() throws Exception {
        Path fresh = dir.resolve(".site.new");
        Path old = dir.resolve(".site.old");
        List<String> moments = new ArrayList<>();
        // Killed at fixed delays (reading, rendering), and as soon as the fresh folder appears (publishing).
        aBiggerEditionBuiltOnce();
        for (long delayMillis : new long[] {700, -1, -1}) {
            Process p = build();
            long start = System.nanoTime();
            if (delayMillis >= 0) {
                Thread.sleep(delayMillis);
            } else {
                while (!Files.exists(fresh) && p.isAlive() && System.nanoTime() - start < 120_000_000_000L) {
                    Thread.onSpinWait();
                }
            }
            boolean killedAlive = p.isAlive();
            p.destroyForcibly().waitFor();
            moments.add((delayMillis >= 0 ? delayMillis + " ms" : "publishing") + (killedAlive ? "" : " (had ended)"));
            if (Files.exists(site)) {
                assertEquals(expected, TestEdition.snapshot(site), "the site changed after a kill at " + moments);
            } else {
                assertEquals(expected, TestEdition.snapshot(old), "killed in the swap, the previous site is not whole beside it");
            }
            assertEquals(0, waitFor(build()), "the build after a kill at " + moments.get(moments.size() - 1) + " failed");
            assertEquals(expected, TestEdition.snapshot(site), "the build after a kill did not make the same site");
            assertFalse(Files.exists(fresh), "a half-written site was left behind");
            assertFalse(Files.exists(old), "the previous site was left behind");
        }
        assertTrue(moments.stream().anyMatch(m -> m.equals("publishing")), "no kill while publishing: " + moments);
    }

    @Test
    void twoBuildsAtOnceIntoOneFolderLeaveOneWholeSite() throws Exception {
        aBiggerEditionBuiltOnce();
        for (int round = 0; round < 1; round++) {
            Process a = build();
            Process b = build();
            assertEquals(0, waitFor(a), "the first of two builds at once failed");
            assertEquals(0, waitFor(b), "the second of two builds at once failed (it should wait for the first)");
            assertEquals(expected, TestEdition.snapshot(site), "two builds at once left a mixed site");
            assertFalse(Files.exists(dir.resolve(".site.new")));
            assertFalse(Files.exists(dir.resolve(".site.old")));
        }
    }

    @Test
    void aBuildThatCannotGetTheLockInTimeRefusesWithAClearMessage() throws Exception {
        TestEdition small = TestEdition.minimal(dir);
        content = small.content;
        site = small.site;
        assertEquals(0, small.build().exitCode());
        expected = TestEdition.snapshot(site);
        Path lockFile = dir.resolve(".site.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            Site one = new Site(List.of(SiteFile.of("index.html", "<!DOCTYPE html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            EditionException e = org.junit.jupiter.api.Assertions.assertThrows(EditionException.class, () ->
                    new SitePublisher(Duration.ofMillis(300)).publish(one, site, new SitePublisher.Protected(content, Path.of("templates"))));
            assertEquals(EditionException.Kind.OUTPUT, e.kind());
            assertTrue(e.getMessage().contains("another edition build is writing " + site), e.getMessage());
            assertTrue(held.isValid());
        }
        assertEquals(expected, TestEdition.snapshot(site), "a refused build changed the site");
        assertEquals(0, small.build().exitCode(), "the lock was not released");
        assertTrue(new File(lockFile.toString()).exists(), "the lock file is kept (an empty file, reused)");
    }
}
