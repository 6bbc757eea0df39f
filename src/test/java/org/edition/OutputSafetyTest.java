package org.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.edition.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder never deletes a file it did not write, and refuses outputs that could hold such files. */
class OutputSafetyTest {

    private static TestEdition.Run buildTo(TestEdition e, Path out) {
        return TestEdition.run("build", "--content", e.content.toString(), "--templates",
                Path.of("templates").toAbsolutePath().toString(), "--out", out.toString());
    }

    private static void assertRefusedAndUntouched(TestEdition e, Path out, String expected) throws IOException {
        Map<String, String> before = TestEdition.snapshot(e.root);
        TestEdition.Run run = buildTo(e, out);
        assertEquals(ExitCodes.OUTPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(before, TestEdition.snapshot(e.root), "files changed after a refused build");
    }

    @Test
    void refusesTheContentFolder(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        assertRefusedAndUntouched(e, e.content, "would overlap");
    }

    @Test
    void refusesAFolderInsideTheContent(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        assertRefusedAndUntouched(e, e.content.resolve("site"), "would overlap");
    }

    @Test
    void refusesTheRepositoryRoot(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        assertRefusedAndUntouched(e, e.root, "would overlap");
    }

    @Test
    void refusesTheTemplatesFolder(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        TestEdition.Run run = buildTo(e, Path.of("templates"));
        assertEquals(ExitCodes.OUTPUT, run.exitCode(), run.err());
        assertTrue(Files.exists(Path.of("templates/report.ftlh")));
    }

    @Test
    void refusesANonEmptyFolderItDidNotWrite(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        Path theirs = dir.resolve("theirs");
        Files.createDirectories(theirs);
        Files.writeString(theirs.resolve("thesis.docx"), "precious");
        assertRefusedAndUntouched(e, theirs, "was not written by edition");
    }

    @Test
    void refusesToReplaceAPreviousSiteHoldingSomeoneElsesFile(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        assertEquals(0, e.build().exitCode());
        Files.writeString(e.site.resolve("notes-to-self.txt"), "mine");
        assertRefusedAndUntouched(e, e.site, "holds files edition did not write: notes-to-self.txt");
    }

    @Test
    void writesIntoAnEmptyFolderAndReplacesItsOwnOutput(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        Files.createDirectories(e.site);
        assertEquals(0, e.build().exitCode());
        e.write("sources/alpha.md", Files.readString(e.content.resolve("sources/alpha.md")).replace("Alpha Report", "Renamed"));
        e.write("sources/gamma.md", "## G\n\nText.\n");
        assertEquals(0, e.build().exitCode());
        assertEquals("Renamed", e.page("reports/alpha.html").selectFirst("h1").ownText());
        assertTrue(Files.exists(e.site.resolve("reports/gamma.html")));
    }
}
