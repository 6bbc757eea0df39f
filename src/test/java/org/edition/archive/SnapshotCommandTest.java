package org.edition.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.edition.TestEdition;
import org.edition.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edition snapshot}: what it says, what it refuses, and that a refusal leaves everything as it was. */
class SnapshotCommandTest {

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void saysWhatItWroteAndHowToCheckIt(@TempDir Path dir) throws IOException {
        TestEdition e = SnapshotEdition.at(dir.resolve("edition"));
        Path out = dir.resolve("snap.zip");
        TestEdition.Run run = SnapshotEdition.snapshot(e, out);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s)snapshot .*snap\\.zip: a BagIt bag of \\d+ payload files \\(\\d+ KB in all\\), dated 2024-03-15;"
                + " the site as \\d+ WARC records at " + SnapshotEdition.BASE_URL + ", and a WACZ(; \\d+ warnings?)?\\ncheck it with: edition verify .*snap\\.zip\\n"), run.out());
        assertEquals(List.of("", "edition", "snap.zip"), listing(dir).stream().filter(p -> !p.contains("/")).toList(),
                "nothing left beside it");
        assertTrue(!Files.exists(e.site), "a snapshot does not write site/");
    }

    @Test
    void neverWritesOverAnythingAndLeavesNothingBehindWhenItRefuses(@TempDir Path dir) throws IOException {
        TestEdition e = SnapshotEdition.at(dir.resolve("edition"));
        Path folder = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(folder.resolve("keep.txt"), "mine");
        Path zip = Files.writeString(dir.resolve("taken.zip"), "mine too");
        List<String> before = listing(dir);
        for (Path target : List.of(folder, zip)) {
            TestEdition.Run run = SnapshotEdition.snapshot(e, target);
            assertEquals(ExitCodes.OUTPUT, run.exitCode(), run.err());
            assertTrue(run.err().contains(target + " already exists; a snapshot is never written over anything"), run.err());
        }
        TestEdition.Run inside = SnapshotEdition.snapshot(e, e.content.resolve("snap"));
        assertEquals(ExitCodes.OUTPUT, inside.exitCode(), inside.err());
        assertTrue(inside.err().contains("would overlap"), inside.err());
        assertEquals(before, listing(dir));
        assertEquals("mine", Files.readString(folder.resolve("keep.txt")));
        assertEquals("mine too", Files.readString(zip));

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(ExitCodes.OK, SnapshotEdition.snapshot(e, empty).exitCode(), "an empty folder is taken");
        assertTrue(Files.exists(empty.resolve("bagit.txt")));
    }

    @Test
    void needsTheEditionsDateAndAddress(@TempDir Path dir) throws IOException {
        TestEdition e = SnapshotEdition.at(dir.resolve("edition"));
        e.write("edition.yaml", "title: Undated\ndate: 2024-03-15\n");
        TestEdition.Run run = SnapshotEdition.snapshot(e, dir.resolve("a.zip"));
        assertEquals(ExitCodes.CONTENT, run.exitCode(), run.err());
        assertTrue(run.err().contains("edition.yaml: error: a snapshot records every file of the site at its URL, and the"
                + " edition has no address: give edition.yaml a base-url"), run.err());

        run = SnapshotEdition.snapshot(e, dir.resolve("a.zip"), "--base-url", "https://archive.example.net/copy");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("WARC records at https://archive.example.net/copy/"), run.out());

        run = SnapshotEdition.snapshot(e, dir.resolve("b.zip"), "--base-url", "ftp://nowhere");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--base-url must be an http(s) URL"), run.err());

        e.write("edition.yaml", "title: Undated\nbase-url: https://example.org/e/\n");
        run = SnapshotEdition.snapshot(e, dir.resolve("c.zip"));
        assertEquals(ExitCodes.CONTENT, run.exitCode(), run.err());
        assertTrue(run.err().contains("a snapshot is dated with the edition's date, and the edition has none"), run.err());
        assertTrue(!Files.exists(dir.resolve("c.zip")) && !Files.exists(dir.resolve("b.zip")));
    }

    @Test
    void keepsNeitherHiddenFilesNorSymbolicLinksAndNamesEachLink(@TempDir Path dir) throws IOException {
        TestEdition e = SnapshotEdition.at(dir.resolve("edition"));
        Files.createDirectories(e.content.resolve(".git"));
        Files.writeString(e.content.resolve(".git/config"), "[core]\n");
        Path outside = Files.writeString(dir.resolve("outside.txt"), "not the edition's");
        Files.createSymbolicLink(e.content.resolve("notes.txt"), outside);
        Path bag = dir.resolve("snapshot");
        TestEdition.Run run = SnapshotEdition.snapshot(e, bag);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("notes.txt: warning: a symbolic link is not kept in the snapshot"), run.err());
        assertTrue(!Files.exists(bag.resolve("data/content/notes.txt")) && !Files.exists(bag.resolve("data/content/.git")));
        assertTrue(Files.exists(bag.resolve("data/content/sources/alpha.yaml")), "the sidecar is kept");
        assertEquals(ExitCodes.OK, SnapshotEdition.verify(bag).exitCode());
    }

    @Test
    void helpListsBothCommandsAndTheVerifyExitCodes() {
        TestEdition.Run run = TestEdition.run("--help");
        assertTrue(run.out().contains("snapshot") && run.out().contains("verify"), run.out());
        assertTrue(run.out().matches("(?s).*\\n +6 +verify: not a snapshot that can be checked.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n +8 +verify: a file damaged.*"), run.out());
        TestEdition.Run missing = TestEdition.run("snapshot");
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("Missing required option: '--output=DIR|FILE.zip'"), missing.err());
    }
}
