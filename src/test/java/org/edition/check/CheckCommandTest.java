package org.edition.check;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code edition check} through the real command line: a clean edition passes, every planted fault is
 * named with its file and line and sets exit code 10, and the real edition passes with its to-do list.
 */
class CheckCommandTest {

    @Test
    void aCleanEditionPassesWithItsToDoList(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        TestEdition.Run run = TestEdition.run("check", "--content", e.content.toString(), "--templates", templates(), "--out", e.site.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(": 0 errors, 0 warnings;"), run.out());
        int missingNote = lineOf(e.site.resolve("reports/alpha.html"), "id=\"note-3\"");
        assertTrue(run.out().contains(e.site.resolve("reports/alpha.html") + ":" + missingNote
                + ": info: 1 note the source cites without holding the text (3)"), run.out());
        assertTrue(run.out().contains("alpha.md:12: warning: note [^3] is cited but has no text"), "import warnings are on the list: " + run.out());
        assertTrue(Files.isRegularFile(e.site.resolve("index.html")), "check builds the site as build does");
    }

    @Test
    void everyPlantedFaultIsNamedWithFileAndLine(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        assertEquals(ExitCodes.OK, e.build().exitCode());
        Path report = e.site.resolve("reports/alpha.html");
        String page = Files.readString(report, StandardCharsets.UTF_8)
                .replace("href=\"#note-1\"", "href=\"#note-9\"")
                .replace("<a role=\"doc-backlink\" href=\"#ref-2\" aria-label=\"Back to reference 2\">↩</a>", "")
                .replace("</main>", String.join("\n",
                        "<p><a href=\"missing.html\">a missing page</a></p>",
                        "<p><a href=\"#no-such-id\">a missing anchor</a></p>",
                        "<p id=\"p1\">a second p1</p>",
                        "<p><img src=\"../assets/edition.css\"></p>",
                        "<script src=\"https://cdn.example/x.js\"></script>",
                        "<p><a href=\"/index.html\">from the root</a></p>",
                        "<p><a href=\"../reports/\">a folder</a></p>",
                        "<p><a href=\"../../outside.html\">out of the site</a></p>",
                        "<p><a href=\"../about.html#nowhere\">an anchor of another page</a></p>",
                        "<p><a href=\"https://example.org/\">another site, which is fine to link to</a></p>",
                        "<p style=\"background: url(//tracker.example/pixel.gif)\">styled</p>",
                        "</main>"));
        Files.writeString(report, page, StandardCharsets.UTF_8);
        Files.writeString(e.site.resolve("orphan.html"), "<!doctype html><html lang=\"en\"><head><title>Orphan</title></head><body></body></html>");
        Files.writeString(e.site.resolve("assets/edition.css"), "body {}\n@import url(\"https://fonts.example/x.css\");\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "not for the site");
        Files.createSymbolicLink(e.site.resolve("assets/leak.txt"), secret);

        TestEdition.Run run = TestEdition.run("check", "--site", e.site.toString());
        assertEquals(ExitCodes.CHECK_FAILED, run.exitCode(), run.out() + run.err());
        String at = report + ":";
        List<String> expected = List.of(
                at + lineOf(report, "missing.html") + ": error: <a> links to missing.html: there is no such file in the site",
                at + lineOf(report, "#no-such-id") + ": error: <a> links to #no-such-id: this page has no id \"no-such-id\"",
                at + lineOf(report, "a second p1") + ": error: the id \"p1\" is used twice on this page (first at line "
                        + lineOf(report, "<p id=\"p1\" class=\"para\">") + ")",
                at + lineOf(report, "<img") + ": error: <img src=\"../assets/edition.css\"> has no alt text",
                at + lineOf(report, "cdn.example") + ": error: <script> loads https://cdn.example/x.js: a resource from another host",
                at + lineOf(report, "from the root") + ": error: <a> links to /index.html: a path from the host's root",
                at + lineOf(report, "a folder") + ": error: <a> links to ../reports/: a folder, which a browser opens from file:// as a listing or not at all; link to ../reports/index.html",
                at + lineOf(report, "out of the site") + ": error: <a> links to ../../outside.html: leads out of the site",
                at + lineOf(report, "#nowhere") + ": error: <a> links to ../about.html#nowhere: about.html has no id \"nowhere\"",
                at + lineOf(report, "tracker.example") + ": error: <p> loads //tracker.example/pixel.gif: a resource from another host",
                at + lineOf(report, "href=\"#note-9\"") + ": error: note reference 1 leads to #note-9, which is not on this page",
                at + lineOf(report, "href=\"#note-9\"") + ": error: <a> links to #note-9: this page has no id \"note-9\"",
                at + lineOf(report, "href=\"#ref-1\"") + ": error: note #note-1: its back-link #ref-1 does not return to a reference to this note",
                at + lineOf(report, "id=\"ref-2\"") + ": error: note reference 2 (#ref-2): its note #note-2 has no back-link to it",
                at + lineOf(report, "id=\"note-1\"") + ": warning: note #note-1: no reference in the text leads to it",
                e.site.resolve("orphan.html") + ":1: error: no link leads to this page from the home page",
                e.site.resolve("assets/edition.css") + ":" + lineOf(e.site.resolve("assets/edition.css"), "fonts.example")
                        + ": error: the stylesheet loads https://fonts.example/x.css: a resource from another host",
                e.site.resolve("assets/leak.txt") + ": error: a symbolic link (to " + secret + ")");
        for (String message : expected) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(message)), "expected a line starting\n" + message + "\nin\n" + run.out());
        }
        assertFalse(run.out().contains("example.org"), "a link to another site is no fault: " + run.out());
        assertFalse(run.out().contains("not for the site"), "the link is not followed");
        assertTrue(run.out().contains(": 17 errors, 1 warning;"), run.out());
    }

    @Test
    void annotationsAndEmendationsThatNoLongerSitWhereTheyBelongAreErrors(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("annotations.yaml", """
                - id: lost
                  report: alpha
                  kind: context
                  quote:
                    exact: cites another
                  body: An annotation.
                """);
        e.write("emendations.yaml", """
                - report: alpha
                  text: first paragraph
                  replacement: opening paragraph
                  reason: A test.
                """);
        TestEdition.Run clean = TestEdition.run("check", "--content", e.content.toString(), "--templates", templates(), "--out", e.site.toString());
        assertEquals(ExitCodes.OK, clean.exitCode(), clean.out() + clean.err());
        assertTrue(clean.out().contains("1 annotation quotes, 1 annotations") && clean.out().contains("1 emendations"), clean.out());

        Path report = e.site.resolve("reports/alpha.html");
        String page = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(page.contains("cites another") && page.contains(">opening paragraph<"), page);
        Files.writeString(report, page.replace("cites another", "quotes another").replaceFirst(">opening paragraph<", ">opening passage<"),
                StandardCharsets.UTF_8);
        TestEdition.Run run = TestEdition.run("check", "--site", e.site.toString());
        assertEquals(ExitCodes.CHECK_FAILED, run.exitCode(), run.out());
        assertTrue(run.out().contains(e.site.resolve("annotations.html") + ":" + lineOf(e.site.resolve("annotations.html"), "#annotated-lost")
                + ": error: the annotation #annotated-lost is no longer anchored: reports/alpha.html ¶ p2 does not hold “cites another”"), run.out());
        assertTrue(run.out().contains(report + ":" + lineOf(report, "id=\"emended-1\"")
                + ": error: the emendation #emended-1 is no longer anchored: the text reads “opening passage” where its note prints “opening paragraph”"),
                run.out());
    }

    @Test
    void aTemplateThatWritesABrokenLinkFailsTheCheckOfTheBuild(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir.resolve("edition"));
        Path templates = dir.resolve("templates");
        PathUtils.copyDirectory(Path.of("templates"), templates);
        Path index = templates.resolve("index.ftlh");
        String text = Files.readString(index, StandardCharsets.UTF_8);
        Files.writeString(index, text.replaceFirst("</h1>", "</h1><a href=\"reprots/alpha.html\">misspelt</a>"), StandardCharsets.UTF_8);
        TestEdition.Run run = TestEdition.run("check", "--content", e.content.toString(), "--templates", templates.toString(),
                "--out", e.site.toString());
        assertEquals(ExitCodes.CHECK_FAILED, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(e.site.resolve("index.html") + ":" + lineOf(e.site.resolve("index.html"), "reprots")
                + ": error: <a> links to reprots/alpha.html: there is no such file in the site"), run.out());
    }

    @Test
    void theRealEditionPasses(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        TestEdition.Run run = TestEdition.run("check", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(": 0 errors, 0 warnings;"), run.out());
        assertTrue(run.out().contains("info: 71 notes the source cites without holding the text (16–86)"), run.out());
        assertTrue(run.out().contains("info: glossary candidate without an entry: United States"), run.out());
        assertTrue(run.out().contains("37 annotation quotes"), run.out());
    }

    @Test
    void aSiteFolderThatIsNotThereIsAUsageError(@TempDir Path dir) {
        TestEdition.Run run = TestEdition.run("check", "--site", dir.resolve("nothing").toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("is not a folder"), run.err());
    }

    private static String templates() {
        return Path.of("templates").toAbsolutePath().toString();
    }

    /** The 1-based line of the first line of a file holding the text. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " does not hold " + text);
    }
}
