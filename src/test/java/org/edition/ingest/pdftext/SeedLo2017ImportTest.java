package org.edition.ingest.pdftext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.edition.ingest.importer.ImportReport;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.importer.Intervention.Kind;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import of seed 000 (a dump with a blank line after every line) as the edition needs it. */
class SeedLo2017ImportTest {
    static String markdown;
    static ImportReport report;

    @BeforeAll
    static void importSeed() throws IOException {
        Path path = Path.of("content/sources/lo-2017.txt");
        SourceText source = SourceText.of(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        Importers.Imported imported = Importers.standard().importSource(source, Optional.of(SourceFormat.PDF_TEXT));
        markdown = imported.text().markdown();
        report = imported.report();
    }

    @Test
    void referencesOneToEightySixInOrderWithFifteenNoteTexts() {
        List<String> expected = IntStream.rangeClosed(1, 86).mapToObj(Integer::toString).toList();
        assertEquals(expected, report.census().references());
        assertEquals(86, report.census().distinctReferences());
        assertEquals(IntStream.rangeClosed(1, 15).mapToObj(Integer::toString).toList(), report.census().definitions());
        assertEquals("16–86", ImportReport.range(report.census().withoutNote()));
        assertEquals(List.of("15"), report.census().brokenOff());
        assertEquals(List.of(), report.census().outOfSequence());
        assertEquals(List.of(), report.census().withoutReference());
    }

    @Test
    void interventionCounts() {
        assertEquals(9, report.count(Kind.PULL_QUOTE_LIFTED));
        assertEquals(9, report.count(Kind.PARAGRAPH_JOINED_ACROSS_PAGES));
        assertEquals(86, report.count(Kind.NOTE_REFERENCE_UNGLUED));
        assertEquals(1, report.count(Kind.RUNNING_HEAD_REMOVED));
        assertEquals(1, report.count(Kind.PAGE_NUMBER_REMOVED));
        assertEquals(1, report.count(Kind.NOTE_BREAKS_OFF));
        assertEquals(1, report.count(Kind.BLANK_LINES_DISREGARDED));
        assertEquals(1, report.count(Kind.HEADING_REJOINED));
    }

    @Test
    void elevenHeadingsAndNoNotesHeading() {
        List<String> headings = Arrays.stream(markdown.split("\n")).filter(l -> l.startsWith("#")).toList();
        assertEquals(11, headings.size(), headings.toString());
        assertEquals("## EXECUTIVE SUMMARY", headings.get(0));
        assertTrue(headings.contains("## THE UNITED STATES, RUSSIA, AND WORLD DISORDER"));
        assertFalse(markdown.contains("NOTES"));
    }

    @Test
    void paragraphsJoinedAcrossPagesAndPullQuotes() {
        assertTrue(markdown.contains("the resignation of Press <!-- edition:page 3 -->Secretary Sean Spicer"));
        assertTrue(markdown.contains("the return of <!-- edition:page 6 -->confiscated embassy property, would mark"));
        assertTrue(markdown.contains("in the United <!-- edition:page 13 -->States.[^65] Many in Congress"));
    }

    @Test
    void pullQuotesLeaveTheRunningText() {
        List<String> running = Arrays.stream(markdown.split("\n"))
                .filter(l -> !l.startsWith(">") && !l.startsWith("[^")).toList();
        for (String fragment : List.of("…the biggest obstacles to", "The former Even among foreign", "…“if America did not",
                "acrimonious than ever. Secretary", "AN ACCIDENT WAITING")) {
            assertTrue(running.stream().noneMatch(l -> l.contains(fragment)), fragment);
        }
        assertTrue(markdown.contains("<!-- edition:pull-quote -->\n> …the United States has its most pro-Kremlin "
                + "president in more than a century… yet today US–Russia engagement is more acrimonious than ever.\n"));
        assertTrue(markdown.contains("> …“if America did not exist, Russia would\n"));
    }

    @Test
    void compoundsKeepTheirHyphens() {
        assertTrue(markdown.contains("in a dog-eat-dog world"));
        assertTrue(markdown.contains("no ‘low-hanging fruit’.[^62]"));
        assertTrue(markdown.contains("various Russia-related scandals"));
    }

    @Test
    void notesKeepTheirUrlsWhole() {
        assertTrue(markdown.contains("<https://www.rferl.org/a/trump-ukraine-russia-putin-crimea-annexation/27892208.html>."));
        assertTrue(markdown.contains("<https://www.nytimes.com/2016/12/29/us/politics/russia-spy-compounds-maryland-long-island.html>."));
        assertTrue(markdown.endsWith("with Putin”, <!-- edition:note-breaks-off -->\n"));
    }
}
