package org.edition.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.io.file.PathUtils;
import org.edition.TestEdition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same sources give the same snapshot, byte for byte, and the snapshot gives the same site back. */
class SnapshotDeterminismTest {

    @Test
    void twoSnapshotsAreByteIdenticalInAnyFolderTimeZoneAndLocale(@TempDir Path dir) throws Exception {
        TestEdition e = SnapshotEdition.at(dir.resolve("edition"));
        Path first = dir.resolve("one/snapshot.zip");
        Path second = dir.resolve("two/snapshot.zip");
        assertEquals(0, SnapshotEdition.snapshot(e, first).exitCode());
        Thread.sleep(2100); // past the zip format's two-second clock: a timestamp taken from the clock would show
        assertEquals(0, SnapshotEdition.snapshot(e, second).exitCode());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "two snapshots of one edition differ");

        TestEdition elsewhere = new TestEdition(dir.resolve("a different place"));
        PathUtils.copyDirectory(e.content, elsewhere.content);
        Path moved = dir.resolve("three/snapshot.zip");
        assertEquals(0, SnapshotEdition.snapshot(elsewhere, moved).exitCode());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(moved), "the content folder's place changed the snapshot");

        // The tests run in Pacific/Chatham with a Turkish locale; the child runs in UTC, US English, ISO-8859-1.
        Path child = dir.resolve("four/snapshot.zip");
        SnapshotEdition.Child run = SnapshotEdition.java(List.of("-Duser.language=en", "-Duser.country=US",
                "-Duser.timezone=UTC", "-Dfile.encoding=ISO-8859-1"), System.getProperty("java.class.path"),
                "org.edition.cli.EditionCommand", "snapshot", "--content", e.content.toString(), "--templates",
                Path.of("templates").toAbsolutePath().toString(), "-o", child.toString());
        assertEquals(0, run.exitCode(), run.output());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(child), "time zone, locale or default encoding changed the snapshot");

        Path folderOne = dir.resolve("folder-one");
        Path folderTwo = dir.resolve("folder-two");
        assertEquals(0, SnapshotEdition.snapshot(e, folderOne).exitCode());
        assertEquals(0, SnapshotEdition.snapshot(e, folderTwo).exitCode());
        assertEquals(TestEdition.snapshot(folderOne), TestEdition.snapshot(folderTwo), "two folder snapshots differ");
    }

    @Test
    void theZipUnpacksIntoOneFolderNamedLikeItWithStoredEntriesDatedByTheEdition(@TempDir Path dir) throws IOException {
        TestEdition e = SnapshotEdition.at(dir.resolve("edition"));
        Path zip = dir.resolve("test-edition-2024.zip");
        assertEquals(0, SnapshotEdition.snapshot(e, zip).exitCode());
        Path folder = dir.resolve("folder");
        assertEquals(0, SnapshotEdition.snapshot(e, folder).exitCode());
        Map<String, String> unzipped = new java.util.TreeMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(z.entries());
            List<String> names = entries.stream().map(ZipEntry::getName).toList();
            assertEquals(names.stream().sorted().toList(), names, "entries in path order");
            for (ZipEntry entry : entries) {
                assertTrue(entry.getName().startsWith("test-edition-2024/"), entry.getName());
                assertEquals(ZipEntry.STORED, entry.getMethod(), entry.getName());
                assertEquals(LocalDateTime.of(2024, 3, 15, 0, 0), entry.getTimeLocal(), entry.getName());
                try (var in = z.getInputStream(entry)) {
                    unzipped.put(entry.getName().substring("test-edition-2024/".length()),
                            org.edition.ingest.source.SourceDecoder.sha256(in.readAllBytes()));
                }
            }
        }
        assertEquals(TestEdition.snapshot(folder), unzipped, "the zip holds the folder snapshot's files");
    }

    @Test
    void theSnapshotHoldsWhatRebuildsTheSameSite(@TempDir Path dir) throws IOException {
        TestEdition e = SnapshotEdition.at(dir.resolve("edition"));
        Path bag = dir.resolve("snapshot");
        assertEquals(0, SnapshotEdition.snapshot(e, bag).exitCode());
        assertEquals(TestEdition.snapshot(e.content), TestEdition.snapshot(bag.resolve("data/content")),
                "the content as received, every file");
        assertEquals(TestEdition.snapshot(Path.of("templates")), TestEdition.snapshot(bag.resolve("data/templates")));
        assertEquals(0, e.build().exitCode());
        assertEquals(TestEdition.snapshot(e.site), TestEdition.snapshot(bag.resolve("data/site")), "the site as build publishes it");
        Path rebuilt = dir.resolve("rebuilt");
        TestEdition.Run build = TestEdition.run("build", "--content", bag.resolve("data/content").toString(),
                "--templates", bag.resolve("data/templates").toString(), "--out", rebuilt.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertEquals(TestEdition.snapshot(bag.resolve("data/site")), TestEdition.snapshot(rebuilt),
                "the snapshot's own content and templates give its site again");
        assertTrue(Files.exists(bag.resolve("data/site/import-reports/alpha.txt")), "the import report is kept");
        assertTrue(Files.readString(bag.resolve("README.txt")).contains("edition build --content data/content --templates data/templates"));
    }
}
