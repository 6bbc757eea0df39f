package org.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.edition.cli.ExitCodes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmendationTest {

    @Test
    void anEmendationCorrectsTheTextMarksItAndIsListed(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("emendations.yaml", """
                - report: alpha
                  text: cites another.
                  replacement: cites a second one.
                  reason: The source's wording is ambiguous here.
                """);
        TestEdition.Run run = e.build();
        assertEquals(0, run.exitCode(), run.err());
        Document page = e.page("reports/alpha.html");
        Element emended = page.getElementById("emended-1");
        assertEquals("cites a second one.", emended.ownText());
        assertEquals("#emendation-1", emended.selectFirst("a.emendation-mark").attr("href"));
        Element entry = page.getElementById("emendation-1");
        assertTrue(entry.text().contains("The source reads “cites another.”; the edition prints “cites a second one.”"), entry.text());
        assertTrue(entry.text().contains("ambiguous"), entry.text());
        assertEquals("#emended-1", entry.selectFirst("a").attr("href"));
        assertEquals("p2", emended.parent().id());
        assertTrue(page.getElementById("p2").text().contains("The second cites a second one."));
    }

    @Test
    void anEmendationWhoseTextIsNotFoundIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("emendations.yaml", "- report: alpha\n  text: no such words\n  replacement: x\n  reason: y\n");
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.CONTENT, run.exitCode());
        assertTrue(run.err().contains("emendations.yaml:1: error: emendation of \"no such words\" in alpha: the text is not found"), run.err());
    }

    @Test
    void anAmbiguousEmendationIsAnError(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("emendations.yaml", "- report: alpha\n  text: note\n  replacement: x\n  reason: y\n");
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.CONTENT, run.exitCode());
        assertTrue(run.err().contains("occurs more than once"), run.err());
    }

    @Test
    void anEmendationOfAnUnknownReportIsAnError(@TempDir Path dir) throws IOException {
        TestEdition e = TestEdition.minimal(dir);
        e.write("emendations.yaml", "- report: omega\n  text: x\n  replacement: y\n  reason: z\n");
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.CONTENT, run.exitCode());
        assertTrue(run.err().contains("emendation names report 'omega', which does not exist; the reports are alpha"), run.err());
    }
}
