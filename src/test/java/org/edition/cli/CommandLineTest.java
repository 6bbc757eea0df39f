package org.edition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.TestEdition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @Test
    void helpListsCommandsAndExitCodes() {
        TestEdition.Run run = TestEdition.run("--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("build") && run.out().contains("import"), run.out());
        assertTrue(run.out().contains("serve") && run.out().contains("check"), run.out());
        assertTrue(run.out().matches("(?s).*\\n +9 +serve: the port is in use.*\\n +10 +check: the site has errors.*"), run.out());
        assertTrue(run.out().contains("Exit codes:") && run.out().matches("(?s).*\\n +5 +output folder refused.*"), run.out());
    }

    @Test
    void aCommandLineNamingACommandGetsThatCommandAloneAndTheHelpGetsThemAll() {
        assertEquals(java.util.List.of("build"), java.util.List.copyOf(EditionCommand.commandLine("build", "--out", "x").getSubcommands().keySet()));
        java.util.List<String> all = java.util.List.of("build", "import", "snapshot", "verify", "serve", "check", "help");
        for (String[] args : new String[][] {{}, {"help", "build"}, {"--help"}, {"--verbose", "build"}, {"biuld"}}) {
            assertEquals(all, java.util.List.copyOf(EditionCommand.commandLine(args).getSubcommands().keySet()), String.join(" ", args));
        }
        TestEdition.Run help = TestEdition.run("help", "build");
        assertEquals(ExitCodes.OK, help.exitCode());
        assertTrue(help.out().contains("Usage: edition build"), help.out());
        TestEdition.Run misspelt = TestEdition.run("biuld");
        assertEquals(ExitCodes.USAGE, misspelt.exitCode());
        assertTrue(misspelt.err().contains("build"), misspelt.err());
    }

    @Test
    void versionComesFromTheBuild() {
        TestEdition.Run run = TestEdition.run("--version");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().matches("edition \\d+\\.\\d+\\.\\d+\\s*"), run.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        TestEdition.Run run = TestEdition.run("build", "--colour");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--colour'"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        TestEdition.Run run = TestEdition.run();
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("name a command"), run.err());
    }

    @Test
    void importWritesMarkdownToStandardOutputAndTheReportToStandardError(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("clean.md");
        Files.writeString(source, "## A\n\nText.[^1] More.[^2]\n\n[^1]: Note.\n");
        TestEdition.Run run = TestEdition.run("import", source.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("## A\n"), run.out());
        assertTrue(run.err().contains("format: markdown (sniffed"), run.err());
        assertTrue(run.err().contains("references without a note: 2"), run.err());
        assertTrue(run.err().contains("clean.md:3: warning: note [^2] is cited but has no text"), run.err());
    }

    @Test
    void importToAFileWithADeclaredFormat(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("clean.txt");
        Files.writeString(source, "## A\n\nText.\n");
        Path out = dir.resolve("out.md");
        TestEdition.Run run = TestEdition.run("import", source.toString(), "--format", "markdown", "-o", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("## A\n\nText.\n", Files.readString(out));
        assertTrue(run.err().contains("format: markdown (declared)"), run.err());
    }

    @Test
    void importOfAnUnknownFormatIsAUsageError(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("x.txt");
        Files.writeString(source, "text\n");
        TestEdition.Run run = TestEdition.run("import", source.toString(), "--format", "docx");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("unknown format 'docx'; the formats are pdf-text, pdf-markdown, markdown"), run.err());
    }

    @Test
    void verboseShowsTheStackTraceOfAFailure(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("edition.yaml", "title: [\n");
        TestEdition.Run quiet = e.build();
        assertTrue(!quiet.err().contains("\tat org.edition"), quiet.err());
        TestEdition.Run verbose = e.build("--verbose");
        assertEquals(ExitCodes.CONTENT, verbose.exitCode());
        assertTrue(verbose.err().contains("\tat org.edition"), verbose.err());
    }

    @Test
    void aSidecarWithoutASourceIsAWarning(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("sources/ghost.yaml", "title: Ghost\n");
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("ghost.yaml: warning: this sidecar has no source beside it"), run.err());
    }

    @Test
    void importOfAMissingFileNamesIt(@TempDir Path dir) {
        TestEdition.Run run = TestEdition.run("import", dir.resolve("absent.txt").toString());
        assertEquals(ExitCodes.CONTENT, run.exitCode());
        assertTrue(run.err().contains("absent.txt: error: cannot read the source"), run.err());
    }
}
