package org.edition.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.edition.TestEdition;
import org.edition.cli.ExitCodes;
import org.edition.ingest.source.SourceDecoder;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF in {@code content/sources/} builds like any source: its report page has the notes and the
 * original pages, the about page names the PDF with its SHA-256, two builds give the same site, and a
 * PDF that cannot be read stops the build and leaves the previous site as it was.
 */
class PdfEditionTest {

    private static TestEdition withPdf(Path root, byte[] pdf) throws IOException {
        TestEdition e = new TestEdition(root);
        e.write("edition.yaml", "title: PDF Edition\n");
        e.writeBytes("sources/grain.pdf", pdf);
        e.write("sources/grain.yaml", "title: Grain Reserves in Three Districts\ndate: 2024-03\nauthors:\n  - name: A. Author\n");
        return e;
    }

    @Test
    void aPdfSourceBuildsWithItsNotesPagesAndChecksum(@TempDir Path root) throws IOException {
        byte[] pdf = SyntheticPdfs.twoColumns();
        TestEdition e = withPdf(root, pdf);
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());

        Document report = e.page("reports/grain.html");
        assertEquals(5, report.select("a[role=doc-noteref]").size(), report.select("a[role=doc-noteref]").toString());
        assertEquals(5, report.select("[role=doc-endnote]").size());
        Element third = report.expectFirst("[role=doc-endnote]:contains(Interviews with district trade officers)");
        assertTrue(third.text().contains("the budget circulars of 2022, which set the dates of the releases"), third.text());
        assertEquals(3, report.select("[role=doc-pagebreak]").size());
        assertTrue(report.select("p").stream().anyMatch(p -> p.text().contains("district warehouses, and their plans")));

        Document about = e.page("about.html");
        assertTrue(about.text().contains("grain.pdf"), about.text());
        assertEquals(SourceDecoder.sha256(pdf), about.expectFirst("code.hash").text());

        Map<String, String> first = TestEdition.snapshot(e.site);
        assertEquals(ExitCodes.OK, e.build().exitCode());
        assertEquals(first, TestEdition.snapshot(e.site), "two builds of the same PDF give the same site");
    }

    @Test
    void anUnreadablePdfStopsTheBuildAndKeepsThePreviousSite(@TempDir Path root) throws IOException {
        TestEdition e = withPdf(root, SyntheticPdfs.twoColumns());
        assertEquals(ExitCodes.OK, e.build().exitCode());
        Map<String, String> before = TestEdition.snapshot(e.site);

        e.writeBytes("sources/grain.pdf", PdfMaker.imagesOnly(1));
        TestEdition.Run run = e.build();
        assertEquals(ExitCodes.CONTENT, run.exitCode(), run.err());
        assertTrue(run.err().contains("grain.pdf") && run.err().contains("the PDF has no text layer"), run.err());
        assertFalse(run.err().contains("\tat org."), run.err());
        assertEquals(before, TestEdition.snapshot(e.site), "the previous site is untouched");
    }
}
