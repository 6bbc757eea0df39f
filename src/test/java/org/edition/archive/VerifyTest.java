package org.edition.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.edition.TestEdition;
import org.edition.cli.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edition verify}: a good snapshot passes with one line; each kind of damage is caught, named and coded. */
class VerifyTest {
    @TempDir
    static Path dir;
    static Path folder;
    static Path zip;

    @BeforeAll
    static void snapshots() throws IOException {
        TestEdition e = SnapshotEdition.at(dir.resolve("edition"));
        folder = dir.resolve("snapshot");
        zip = dir.resolve("snapshot.zip");
        assertEquals(0, SnapshotEdition.snapshot(e, folder).exitCode());
        assertEquals(0, SnapshotEdition.snapshot(e, zip).exitCode());
    }

    /** A copy of the folder snapshot to damage. */
    private static Path copy(Path into) throws IOException {
        Path copy = into.resolve("copy");
        PathUtils.copyDirectory(folder, copy);
        return copy;
    }

    @Test
    void aGoodSnapshotPassesWithOneLineSayingWhatWasChecked() {
        for (Path snapshot : List.of(folder, zip)) {
            TestEdition.Run run = SnapshotEdition.verify(snapshot);
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            assertEquals("", run.err());
            assertEquals(1, run.out().lines().count(), run.out());
            String line = run.out().strip();
            assertTrue(line.startsWith("verified " + snapshot + ": a complete and valid BagIt 1.0 bag;"), line);
            assertTrue(line.matches(".*; \\d+ payload files, \\d+ bytes as its Payload-Oxum says; every SHA-256 and SHA-512 checksum.*"), line);
            assertTrue(line.matches(".*; \\d+ block and payload digests of \\d+ records in 2 WARC files; the 3 resources of 1 WACZ file"), line);
        }
    }

    @Test
    void aFlippedByteInAPageIsDamageNamingThePage(@TempDir Path tmp) throws IOException {
        Path copy = copy(tmp);
        SnapshotEdition.flipByte(copy.resolve("data/site/reports/alpha.html"), 200);
        TestEdition.Run run = SnapshotEdition.verify(copy);
        assertEquals(ExitCodes.SNAPSHOT_DAMAGED, run.exitCode(), run.err());
        assertTrue(run.err().contains("data/site/reports/alpha.html: error: damaged: its SHA-256 is "), run.err());
        assertTrue(run.err().contains("data/site/reports/alpha.html: error: damaged: its SHA-512 is "), run.err());
        assertEquals(2, run.err().lines().filter(l -> l.contains(": error:")).count(), "only that file, once per manifest: " + run.err());
        assertTrue(run.err().contains("(exit code 8)"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aFlippedByteInTheWarcNamesTheWarcAndTheRecordsUrl(@TempDir Path tmp) throws IOException {
        Path copy = copy(tmp);
        Path warc = copy.resolve("data/web-archive/edition.warc");
        long record = SnapshotEdition.find(warc, "WARC-Target-URI: " + SnapshotEdition.BASE_URL + "reports/alpha.html");
        long next = SnapshotEdition.find(warc, "WARC/1.1", record);
        long text = SnapshotEdition.find(warc, "The first paragraph cites", record);
        assertTrue(text < next, "the byte flipped is in that record");
        SnapshotEdition.flipByte(warc, text + 5);
        TestEdition.Run run = SnapshotEdition.verify(copy);
        assertEquals(ExitCodes.SNAPSHOT_DAMAGED, run.exitCode(), run.err());
        assertTrue(run.err().contains("data/web-archive/edition.warc: error: damaged: its SHA-256 is"), run.err());
        assertTrue(run.err().contains("data/web-archive/edition.warc: error: damaged: record ")
                && run.err().contains("(response " + SnapshotEdition.BASE_URL + "reports/alpha.html, at byte ")
                && run.err().contains("its WARC-Payload-Digest is sha256:"), run.err());
        assertTrue(run.err().contains("its WARC-Block-Digest is sha256:"), run.err());
        assertEquals(4, run.err().lines().filter(l -> l.contains(": error:")).count(),
                "the WARC's two checksums and that one record's two digests: " + run.err());
    }

    @Test
    void aFlippedByteInsideTheZipIsCaughtAndNamed(@TempDir Path tmp) throws IOException {
        Path damaged = tmp.resolve("snapshot.zip");
        Files.copy(zip, damaged);
        // The first copy of the source's text in the zip is data/content/sources/alpha.md (entries are in path order).
        SnapshotEdition.flipByte(damaged, SnapshotEdition.find(damaged, "The second cites another.") + 4);
        TestEdition.Run run = SnapshotEdition.verify(damaged);
        assertEquals(ExitCodes.SNAPSHOT_DAMAGED, run.exitCode(), run.err());
        assertTrue(run.err().contains("data/content/sources/alpha.md: error: damaged: "), run.err());
        assertFalse(run.err().contains("data/site/"), "nothing else is named: " + run.err());
    }

    @Test
    void aDeletedFileIsMissingAndNamed(@TempDir Path tmp) throws IOException {
        Path copy = copy(tmp);
        Files.delete(copy.resolve("data/content/sources/alpha.md"));
        TestEdition.Run run = SnapshotEdition.verify(copy);
        assertEquals(ExitCodes.SNAPSHOT_INCOMPLETE, run.exitCode(), run.err());
        assertTrue(run.err().contains("data/content/sources/alpha.md: error: missing: listed in manifest-sha256.txt and"
                + " manifest-sha512.txt but not in the bag"), run.err());
        assertTrue(run.err().contains("bag-info.txt:7: error: missing: the payload is "), "the Payload-Oxum counts one file less: " + run.err());
        assertTrue(run.err().contains("(exit code 7)"), run.err());
    }

    @Test
    void aFileAddedToThePayloadIsNamedAsNotListed(@TempDir Path tmp) throws IOException {
        Path copy = copy(tmp);
        Files.writeString(copy.resolve("data/site/stranger.html"), "<p>not ours</p>");
        TestEdition.Run run = SnapshotEdition.verify(copy);
        assertEquals(ExitCodes.SNAPSHOT_INCOMPLETE, run.exitCode(), run.err());
        assertTrue(run.err().contains("data/site/stranger.html: error: not listed: is in the payload but manifest-sha256.txt does not list it"), run.err());
    }

    @Test
    void aDamagedTagFileOrManifestIsCaught(@TempDir Path tmp) throws IOException {
        Path copy = copy(tmp);
        Path info = copy.resolve("bag-info.txt");
        Files.writeString(info, Files.readString(info).replace("Source-Organization: A. Editor", "Source-Organization: Someone Else"));
        TestEdition.Run run = SnapshotEdition.verify(copy);
        assertEquals(ExitCodes.SNAPSHOT_DAMAGED, run.exitCode(), run.err());
        assertTrue(run.err().contains("bag-info.txt: error: damaged: its SHA-256 is ")
                && run.err().contains("but tagmanifest-sha256.txt (line "), run.err());

        Path manifest = copy.resolve("manifest-sha256.txt");
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.replaceFirst("(?m)^\\S+(  data/content/edition.yaml)$", "0".repeat(64) + "$1"));
        run = SnapshotEdition.verify(copy);
        assertTrue(run.err().contains("data/content/edition.yaml: error: damaged: its SHA-256 is ")
                && run.err().contains("manifest-sha256.txt (line "), run.err());
        assertTrue(run.err().contains("manifest-sha256.txt: error: damaged: "), "the tag manifest catches the edited manifest: " + run.err());
    }

    @Test
    void aChangedPayloadOxumIsCaught(@TempDir Path tmp) throws IOException {
        Path copy = copy(tmp);
        Path info = copy.resolve("bag-info.txt");
        String text = Files.readString(info);
        String oxum = text.lines().filter(l -> l.startsWith("Payload-Oxum: ")).findFirst().orElseThrow();
        long octets = Long.parseLong(oxum.substring("Payload-Oxum: ".length(), oxum.indexOf('.')));
        Files.writeString(info, text.replace(oxum, "Payload-Oxum: " + (octets + 1) + oxum.substring(oxum.indexOf('.'))));
        TestEdition.Run run = SnapshotEdition.verify(copy);
        assertEquals(ExitCodes.SNAPSHOT_DAMAGED, run.exitCode(), run.err());
        assertTrue(run.err().contains("bag-info.txt:7: error: damaged: the payload is " + octets + " bytes"), run.err());
    }

    @Test
    void whatIsNotABagIsSaidSo(@TempDir Path tmp) throws IOException {
        TestEdition.Run run = SnapshotEdition.verify(tmp.resolve("nowhere"));
        assertEquals(ExitCodes.SNAPSHOT_UNREADABLE, run.exitCode(), run.err());
        assertTrue(run.err().contains("nowhere: error: not a readable bag: does not exist"), run.err());

        Files.writeString(tmp.resolve("note.txt"), "hello");
        run = SnapshotEdition.verify(tmp);
        assertEquals(ExitCodes.SNAPSHOT_UNREADABLE, run.exitCode(), run.err());
        assertTrue(run.err().contains("bagit.txt: error: not a readable bag: is missing: this is not a BagIt bag"), run.err());

        Path notZip = tmp.resolve("broken.zip");
        Files.write(notZip, "PK not really".getBytes(StandardCharsets.US_ASCII));
        run = SnapshotEdition.verify(notZip);
        assertEquals(ExitCodes.SNAPSHOT_UNREADABLE, run.exitCode(), run.err());
        assertTrue(run.err().contains("broken.zip: error: not a readable bag: cannot be read as a zip file"), run.err());

        Path copy = copy(tmp);
        Files.writeString(copy.resolve("manifest-sha256.txt"), "no-space-here\n", java.nio.file.StandardOpenOption.APPEND);
        run = SnapshotEdition.verify(copy);
        assertEquals(ExitCodes.SNAPSHOT_UNREADABLE, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s).*manifest-sha256.txt:\\d+: error: not a readable bag: not a checksum followed by a path: no-space-here.*"), run.err());
    }

    @Test
    void aManifestPathLeavingTheBagIsRefused(@TempDir Path tmp) throws IOException {
        Path copy = copy(tmp);
        Files.writeString(copy.resolve("manifest-sha256.txt"), "0".repeat(64) + "  data/../../etc/passwd\n", java.nio.file.StandardOpenOption.APPEND);
        TestEdition.Run run = SnapshotEdition.verify(copy);
        assertEquals(ExitCodes.SNAPSHOT_UNREADABLE, run.exitCode(), run.err());
        assertTrue(run.err().contains("names a path outside the bag: data/../../etc/passwd"), run.err());
    }

    @Test
    void aBagMadeByBagitJavaVerifies(@TempDir Path tmp) throws Exception {
        Path own = tmp.resolve("bag");
        Files.createDirectories(own.resolve("sub"));
        Files.writeString(own.resolve("sub/one 100%.txt"), "one");
        Files.writeString(own.resolve("two.txt"), "two");
        gov.loc.repository.bagit.creator.BagCreator.bagInPlace(own, List.of(
                gov.loc.repository.bagit.hash.StandardSupportedAlgorithms.SHA512), false);
        TestEdition.Run run = SnapshotEdition.verify(own);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 payload files, 6 bytes as its Payload-Oxum says; every SHA-512 checksum"), run.out());

        Files.writeString(own.resolve("data/sub/one 100%.txt"), "One");
        run = SnapshotEdition.verify(own);
        assertEquals(ExitCodes.SNAPSHOT_DAMAGED, run.exitCode(), run.err());
        assertTrue(run.err().contains("data/sub/one 100%.txt: error: damaged: its SHA-512 is"), run.err());
    }
}
