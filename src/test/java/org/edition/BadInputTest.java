package org.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.io.file.PathUtils;
import org.edition.cli.ExitCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of bad input ends with a message naming the file (and line), its documented exit code,
 * no stack trace, and the previous site exactly as it was.
 */
class BadInputTest {
    @TempDir
    Path dir;
    TestEdition edition;
    Map<String, String> previousSite;

    @BeforeEach
    void buildAGoodSiteFirst() throws IOException {
        edition = TestEdition.minimal(dir);
        assertEquals(0, edition.build().exitCode());
        previousSite = TestEdition.snapshot(edition.site);
    }

    private void assertFails(TestEdition.Run run, int exitCode, String... expectedInMessage) throws IOException {
        assertEquals(exitCode, run.exitCode(), run.err());
        for (String expected : expectedInMessage) {
            assertTrue(run.err().contains(expected), "message lacks '" + expected + "':\n" + run.err());
        }
        assertFalse(run.err().contains("\tat org."), "stack trace shown:\n" + run.err());
        assertFalse(run.err().contains("Exception"), "exception name shown:\n" + run.err());
        assertEquals(previousSite, TestEdition.snapshot(edition.site), "the previous site was changed");
        try (var leftovers = Files.list(dir)) {
            assertEquals(java.util.List.of(), leftovers.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(".") && !name.equals(".site.lock")).toList(),
                    "a temporary folder was left behind (only the lock file .site.lock stays)");
        }
    }

    @Test
    void invalidUtf8NamesFileLineAndColumn() throws IOException {
        edition.writeBytes("sources/beta.txt", "Good line.\nBad \u00e9 byte: ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertFails(edition.build(), ExitCodes.CONTENT, "beta.txt:2:5: error: the source is not valid UTF-8 (byte 0xE9)");
    }

    /** Sources and the glossary are read side by side, but a broken source is still the one reported, as when read in turn. */
    @Test
    void aBrokenSourceIsReportedBeforeABrokenGlossary() throws IOException {
        edition.write("sources/beta.txt", "  \n\n");
        edition.write("glossary.yaml", "- id: [\n");
        TestEdition.Run run = edition.build();
        assertFails(run, ExitCodes.CONTENT, "beta.txt: error: the source is empty");
        assertFalse(run.err().contains("glossary.yaml"), run.err());
        edition.write("sources/beta.txt", "A good source.\n");
        assertFails(edition.build(), ExitCodes.CONTENT, "glossary.yaml:");
    }

    /** A paragraph that would keep the Markdown parser busy for minutes is refused, with its line. */
    @Test
    void aParagraphTooCostlyToParseIsRefusedWithItsLine() throws IOException {
        edition.write("sources/beta.md", "First paragraph.\n\nText " + "[a](".repeat(30_000) + " end.\n");
        assertFails(edition.build(), ExitCodes.CONTENT, "beta.md:3: error: a paragraph of", "split the paragraph or escape the marks");
    }

    @Test
    void emptySource() throws IOException {
        edition.write("sources/beta.txt", "  \n\n");
        assertFails(edition.build(), ExitCodes.CONTENT, "beta.txt: error: the source is empty");
    }

    @Test
    void binarySource() throws IOException {
        edition.writeBytes("sources/beta.pdf", new byte[] {'%', 'P', 'D', 'F', '\n', 1, 0, 2, 3});
        assertFails(edition.build(), ExitCodes.CONTENT, "beta.pdf:2: error: the source looks binary");
    }

    @Test
    void brokenYamlInSidecarNamesLine() throws IOException {
        edition.write("sources/alpha.yaml", "title: Alpha\nauthors: [unclosed\n");
        assertFails(edition.build(), ExitCodes.CONTENT, "alpha.yaml:3", "broken YAML");
    }

    @Test
    void brokenYamlInFrontMatterNamesLineOfTheSource() throws IOException {
        edition.write("sources/beta.md", "---\ntitle: Beta\ndate: : :\n---\nText.\n");
        assertFails(edition.build(), ExitCodes.CONTENT, "beta.md:3", "broken YAML");
    }

    @Test
    void brokenEditionYaml() throws IOException {
        edition.write("edition.yaml", "title: [\n");
        assertFails(edition.build(), ExitCodes.CONTENT, "edition.yaml:2", "broken YAML");
    }

    @Test
    void unknownFormatNamesTheKnownOnes() throws IOException {
        edition.write("sources/alpha.yaml", "title: Alpha\nformat: pdf-html\n");
        assertFails(edition.build(), ExitCodes.CONTENT, "alpha.yaml:2: error: unknown format 'pdf-html'",
                "pdf-text, pdf-markdown, markdown");
    }

    @Test
    void badDateNamesLine() throws IOException {
        edition.write("sources/alpha.yaml", "title: Alpha\ndate: May 2019\n");
        assertFails(edition.build(), ExitCodes.CONTENT, "alpha.yaml:2: error: a date must be written YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void duplicateNoteLabelNamesLine() throws IOException {
        edition.write("sources/beta.md", "Text.[^1]\n\n[^1]: One.\n[^1]: Again.\n");
        assertFails(edition.build(), ExitCodes.CONTENT, "beta.md:4: error: note [^1] is defined twice (first at line 3)");
    }

    @Test
    void templateErrorNamesTemplateLineAndMissingName() throws IOException {
        Path templates = dir.resolve("my-templates");
        PathUtils.copyDirectory(Path.of("templates"), templates);
        Path report = templates.resolve("report.ftlh");
        Files.writeString(report, Files.readString(report).replace("${m.title}", "${m.titel}"));
        TestEdition.Run run = edition.build("templates=" + templates);
        long line = Files.readAllLines(report).stream().takeWhile(l -> !l.contains("m.titel")).count() + 1;
        assertFails(run, ExitCodes.TEMPLATE, "report.ftlh:" + line, "'m.titel' is not defined");
        PathUtils.deleteDirectory(templates);
    }

    @Test
    void templateSyntaxErrorNamesTemplateAndLine() throws IOException {
        Path templates = dir.resolve("my-templates");
        PathUtils.copyDirectory(Path.of("templates"), templates);
        Files.writeString(templates.resolve("index.ftlh"), "<#import \"layout.ftlh\" as layout>\n<#if>\n");
        TestEdition.Run run = edition.build("templates=" + templates);
        assertFails(run, ExitCodes.TEMPLATE, "index.ftlh:2", "template syntax error");
        PathUtils.deleteDirectory(templates);
    }

    @Test
    void missingContentFolder() throws IOException {
        TestEdition.Run run = TestEdition.run("build", "--content", dir.resolve("nowhere").toString(),
                "--templates", "templates", "--out", edition.site.toString());
        assertFails(run, ExitCodes.CONTENT, "nowhere: error: the content folder does not exist");
    }
}
