package org.edition.ingest.pdftext;

import java.util.List;
import java.util.SortedMap;
import org.edition.ingest.importer.ImportReport;
import org.edition.ingest.importer.Intervention.Kind;
import org.edition.ingest.importer.Intervention;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunningHeadDetectorTest {

    private static SortedMap<Integer, RunningHeadDetector.Furniture> detect(String text) {
        SourceLines lines = SourceLines.of(text);
        LineProfile profile = LineProfile.of(lines, lines.size());
        List<Page> pages = new PageSplitter().split(lines, profile);
        return new RunningHeadDetector().detect(lines, pages, profile, new LineRoles(lines));
    }

    private static String page(String head, String body, String foot) {
        return head + "\n\n" + body + "\n" + foot + "\n\f";
    }

    @Test
    void headsRepeatedAtPageTopsAndNumbersAtPageFeet() {
        String text = page("Water and Cities", PdfText.filler("the water", 8), "7")
                + page("Water and Cities", PdfText.filler("the rivers", 8), "8")
                + page("Water and Cities", PdfText.filler("the wells", 8), "9");
        SortedMap<Integer, RunningHeadDetector.Furniture> found = detect(text);
        long heads = found.values().stream().filter(f -> f.kind() == RunningHeadDetector.Kind.RUNNING_HEAD).count();
        List<Integer> numbers = found.values().stream().filter(f -> f.kind() == RunningHeadDetector.Kind.PAGE_NUMBER)
                .map(RunningHeadDetector.Furniture::printedNumber).toList();
        assertEquals(3, heads);
        assertEquals(List.of(7, 8, 9), numbers);
    }

    @Test
    void headWithPageNumberInsideIsReadForTheNumber() {
        String text = page("12 | Tidewater Research Centre", PdfText.filler("the dykes", 8), "")
                + page("13 | Tidewater Research Centre", PdfText.filler("the gates", 8), "")
                + page("14 | Tidewater Research Centre", PdfText.filler("the pumps", 8), "");
        List<Integer> numbers = detect(text).values().stream().map(RunningHeadDetector.Furniture::printedNumber).toList();
        assertEquals(List.of(12, 13, 14), numbers);
    }

    @Test
    void titleFollowedByTheNumberIsReadForTheNumber() {
        String text = page("Tidewater Research Centre 12", PdfText.filler("the dykes", 8), "")
                + page("Tidewater Research Centre 13", PdfText.filler("the gates", 8), "")
                + page("Tidewater Research Centre 14", PdfText.filler("the pumps", 8), "");
        List<Integer> numbers = detect(text).values().stream().map(RunningHeadDetector.Furniture::printedNumber).toList();
        assertEquals(List.of(12, 13, 14), numbers);
    }

    @Test
    void aNumberThatNeverChangesIsNotAPageNumber() {
        String text = page("Policy Brief 7", PdfText.filler("the dykes", 8), "")
                + page("Policy Brief 7", PdfText.filler("the gates", 8), "")
                + page("Policy Brief 7", PdfText.filler("the pumps", 8), "");
        List<Integer> numbers = detect(text).values().stream().map(RunningHeadDetector.Furniture::printedNumber).toList();
        assertEquals(List.of(-1, -1, -1), numbers);
    }

    @Test
    void headPrintedOnceIsFoundBesideItsPageNumber() {
        StringBuilder text = new StringBuilder();
        for (String line : PdfText.filler("the harbour", 6).split("\n")) {
            text.append(line).append("\n\n");
        }
        text.append("\n\n A REPORT ON HARBOURS AND THEIR KEEPERS \n\n \n\n 7 \n\n \n\n");
        for (String line : PdfText.filler("the quays", 6).split("\n")) {
            text.append(line).append("\n\n");
        }
        ImportReport report = PdfText.read(text.toString()).report();
        String markdown = PdfText.markdown(text.toString());
        assertEquals(1, report.count(Kind.RUNNING_HEAD_REMOVED));
        assertEquals(1, report.count(Kind.PAGE_NUMBER_REMOVED));
        assertFalse(markdown.contains("HARBOURS AND THEIR KEEPERS"));
        assertTrue(markdown.contains("<!-- edition:page 7 -->"), markdown);
    }

    @Test
    void aHeadingAtTheTopOfOnePageIsNotARunningHead() {
        String text = page("Water and Cities", "SUPPLY\n\n" + PdfText.filler("the water", 8), "1")
                + page("Water and Cities", PdfText.filler("the rivers", 8), "2")
                + page("Water and Cities", "DEMAND\n\n" + PdfText.filler("the wells", 8), "3");
        String markdown = PdfText.markdown(text);
        assertTrue(markdown.contains("## SUPPLY"));
        assertTrue(markdown.contains("## DEMAND"));
        assertFalse(markdown.contains("Water and Cities"));
    }

    @Test
    void withoutPrintedNumbersPagesAreCountedFromOneAsAGuess() {
        String text = page("", PdfText.filler("the water", 8), "") + page("", PdfText.filler("the rivers", 8), "");
        ImportReport report = PdfText.read(text).report();
        assertTrue(report.doubtful().stream().anyMatch(i -> i.kind() == Kind.OTHER && i.detail().contains("numbered from 1")));
    }
}
