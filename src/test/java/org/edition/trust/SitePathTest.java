package org.edition.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.io.file.PathUtils;
import org.edition.TestEdition;
import org.edition.cli.ExitCodes;
import org.edition.render.SitePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No id, file name or path in any input makes the builder write outside the output folder or write a
 * name another system cannot hold: the rule ({@link SitePath}) and where inputs meet it.
 */
class SitePathTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            ../x.html                  | '..' part
            reports/../../x.html       | '..' part
            ./index.html               | '.' part
            /etc/passwd                | absolute
            reports//x.html            | empty part
            reports/                   | empty part
            C:/x.html                  | ':'
            reports\\..\\x.html        | '\\'
            reports/con.html           | reserves
            CON                        | reserves
            glossary/lpt1.txt          | reserves
            aux.tar.gz                 | reserves
            reports/x.                 | ending in a dot
            ^reports/x ^               | ending in a dot or space
            a*b.html                   | '*'
            a?b.html                   | '?'
            a<b.html                   | '<'
            """)
    void refusesPathsThatLeaveTheSiteOrDoNotTravel(String path, String expected) {
        Optional<String> problem = SitePath.problem(path);
        assertTrue(problem.isPresent(), path + " was accepted");
        assertTrue(problem.get().contains(expected), path + ": " + problem.get());
    }

    @Test
    void refusesNulControlCharactersAndLongNames() {
        assertTrue(SitePath.problem("reports/x\u0000.html").orElseThrow().contains("NUL"));
        assertTrue(SitePath.problem("reports/x\n.html").orElseThrow().contains("control character"));
        assertTrue(SitePath.problem("a".repeat(256) + ".html").orElseThrow().contains("longer than 255"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "reports/lo-2017.html", "glossary/inf-treaty.html", "assets/edition.css",
            "reports/console.html", "compare/arms-control.html", ".edition-manifest", "assets/fonts/a b.woff2"})
    void acceptsTheSitesOwnPaths(String path) {
        assertEquals(Optional.empty(), SitePath.problem(path));
    }

    private TestEdition editionBuiltOnce() throws IOException {
        TestEdition e = TestEdition.minimal(dir.resolve("edition"));
        assertEquals(0, e.build().exitCode());
        return e;
    }

    private static void assertFails(TestEdition e, TestEdition.Run run, int code, Map<String, String> before, String... expected)
            throws IOException {
        assertEquals(code, run.exitCode(), run.out() + run.err());
        for (String x : expected) {
            assertTrue(run.err().contains(x), "message lacks '" + x + "':\n" + run.err());
        }
        assertEquals(before, TestEdition.snapshot(e.site), "the previous site changed");
    }

    @Test
    void aReportIdThatWindowsReservesIsRefusedNamingItsSource() throws IOException {
        TestEdition e = editionBuiltOnce();
        Map<String, String> before = TestEdition.snapshot(e.site);
        e.write("sources/con.md", "## A\n\nText.\n");
        assertFails(e, e.build(), ExitCodes.CONTENT, before, "sources/con.md", "the report id 'con'",
                "reports/con.html", "Windows reserves");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x", "/etc/x", "a\\\\b", "C:x", "x\\u0000y"})
    void aDeclaredIdThatIsAPathIsRefusedAtItsLine(String id) throws IOException {
        TestEdition e = editionBuiltOnce();
        Map<String, String> before = TestEdition.snapshot(e.site);
        e.write("sources/beta.md", "## A\n\nText.\n");
        e.write("sources/beta.yaml", "title: Beta\nid: \"" + id + "\"\n");
        assertFails(e, e.build(), ExitCodes.CONTENT, before, "beta.yaml:2: error: an id may hold only");
        try (var files = Files.walk(dir)) {
            assertEquals(java.util.List.of(), files.filter(p -> p.getFileName().toString().equals("x")
                    || p.getFileName().toString().equals("b")).toList(), "a file was written by an id");
        }
    }

    @Test
    void aGlossaryIdThatWindowsReservesIsRefused() throws IOException {
        TestEdition e = editionBuiltOnce();
        Map<String, String> before = TestEdition.snapshot(e.site);
        e.write("glossary.yaml", "- id: aux\n  term: first paragraph\n  kind: concept\n  definition: D.\n");
        assertFails(e, e.build(), ExitCodes.CONTENT, before, "glossary.yaml", "the glossary id 'aux'", "glossary/aux.html");
    }

    @Test
    void aGlossaryIdWithDotsIsRefusedAtItsLine() throws IOException {
        TestEdition e = editionBuiltOnce();
        Map<String, String> before = TestEdition.snapshot(e.site);
        e.write("glossary.yaml", "- id: ../../escape\n  term: first paragraph\n  kind: concept\n  definition: D.\n");
        assertFails(e, e.build(), ExitCodes.CONTENT, before, "glossary.yaml:1: error: a glossary id may hold only");
    }

    @Test
    void anAssetWhoseNameDoesNotTravelIsRefused() throws IOException {
        TestEdition e = editionBuiltOnce();
        Map<String, String> before = TestEdition.snapshot(e.site);
        Path templates = dir.resolve("templates");
        PathUtils.copyDirectory(Path.of("templates"), templates);
        for (String name : new String[] {"CON.css", "a\\b.css", "x:y.js"}) {
            Path asset = templates.resolve("assets").resolve(name);
            Files.writeString(asset, "/* */");
            assertFails(e, e.build("templates=" + templates), ExitCodes.TEMPLATE, before, asset.toString(), "this asset's name");
            Files.delete(asset);
        }
        assertFalse(Files.exists(e.site.resolve("assets/CON.css")));
    }
}
