package org.edition.ingest.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.TestEdition;
import org.edition.cli.ExitCodes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the built site shows of the import report: the about page names the note sequence, the kept
 * import report lists each unmatched note at its line, and the build warns where the notes were not read.
 */
class ImportReportOnTheSiteTest {

    @Test
    void theAboutPageAndTheKeptReportShowTheNoteSequenceAndWhereToLook(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("sources/beta.md", """
                ---
                title: Beta Report
                date: 2020-01
                ---
                ## PART ONE

                Cited.[^1] Cited again.[^2]

                ## APPENDIX

                Numbered anew.[^1-2] Lost.[^3-2]

                [^1]: One.
                [^2]: Two.
                [^1-2]: One of the appendix.
                """);
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());

        Document about = e.page("about.html");
        Element beta = about.expectFirst("#source-beta");
        assertEquals("1, 2, then 1, 3 (a second series, from line 11)", definition(beta, "Note sequence").text());
        assertEquals("1", definition(beta, "Gaps in the note sequence").text(), "note 2-2: neither reference nor text");

        String kept = Files.readString(e.site.resolve("import-reports/beta.txt"), StandardCharsets.UTF_8);
        assertTrue(kept.contains("  references without a note: 3-2\n    sources/beta.md:11: [^3-2]\n"), kept);
        assertTrue(kept.contains("  gaps in the sequence: 2-2 (neither a reference nor a note text found)\n"
                + "    sources/beta.md:11: note 2-2 would come between [^1-2] and [^3-2] (line 11)\n"), kept);
    }

    @Test
    void aSourceWhoseNoteTextsWereNotFoundIsWarnedAboutByTheBuild(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        StringBuilder text = new StringBuilder("---\ntitle: Gamma\ndate: 2021\n---\n## PART\n\n");
        for (int n = 1; n <= 12; n++) {
            text.append("Paragraph ").append(n).append(".[^").append(n).append("]\n\n");
        }
        e.write("sources/gamma.md", text.toString());
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("gamma.md:7: warning: no note texts found for 12 references (1–12): the notes may be at "
                + "the foot of the pages, or at the end, in a layout the importer does not read"), run.err());
    }

    private static Element definition(Element list, String term) {
        Element dt = list.select("dl.metadata > dt").stream().filter(t -> t.text().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError("no <dt>" + term + "</dt> in " + list.outerHtml()));
        return dt.nextElementSibling();
    }
}
