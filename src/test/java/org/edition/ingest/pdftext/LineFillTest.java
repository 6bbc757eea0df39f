package org.edition.ingest.pdftext;

import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Paragraph ends seen from how full the wrapped lines are, in dumps without blank lines. */
class LineFillTest {
    private static final List<String> WHAT = List.of("water", "rivers", "wells", "canals", "dams", "pumps", "sluices");
    private static final List<String> WHEN = List.of("spring", "autumn", "winter", "summer", "the dry season");
    private static final List<String> FOUND = List.of("results", "figures", "readings");
    private static final List<String> WHOM = List.of("ministry", "regional office", "board", "press");

    /** Words wrapped greedily, line by line at the widths given in turn: even type or uneven. */
    private static String wrap(String text, int... widths) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        int i = 0;
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > widths[i % widths.length]) {
                out.append(line).append('\n');
                line.setLength(0);
                i++;
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        return out.append(line).append('\n').toString();
    }

    /** A long paragraph whose sentence runs on from line to line, no two lines alike. */
    private static String paragraph(int... widths) {
        StringBuilder text = new StringBuilder("In the first year ");
        for (int i = 0; i < 40; i++) {
            text.append("the council measured the ").append(WHAT.get(i % 7)).append(" again in the ")
                    .append(WHEN.get(i % 5)).append(" and reported the ").append(FOUND.get(i % 3)).append(" to the ")
                    .append(WHOM.get(i % 4)).append(", ");
        }
        return wrap(text + "and so on.", widths);
    }

    private static int paragraphs(String text) {
        return PdfText.markdown(text).strip().split("\n\n").length;
    }

    @Test
    void aSentenceEndLeavingRoomForTheNextWordEndsTheParagraphWhereLinesAreFilledEvenly() {
        String end = "The ministry published the figures in a short report.\n";
        assertEquals(53, end.strip().length());
        String text = paragraph(60) + end + paragraph(60);
        assertEquals(3, paragraphs(text), PdfText.markdown(text));
    }

    @Test
    void aSentenceEndOnAFullLineDoesNotEndTheParagraph() {
        String end = "The ministry published all of the figures in a short report.\n";
        assertEquals(60, end.strip().length());
        String text = paragraph(60) + end + paragraph(60);
        assertEquals(2, paragraphs(text), PdfText.markdown(text));
    }

    @Test
    void whereLinesAreFilledUnevenlyTheRoomLeftSaysNothing() {
        String end = "The ministry published the figures in a short report.\n";
        String text = paragraph(60, 51, 57, 53) + end + paragraph(60, 51, 57, 53);
        assertEquals(2, paragraphs(text), PdfText.markdown(text));
    }

    @Test
    void theLeastFillIsLearntOnlyFromEnoughLinesRunningOn() {
        SourceLines lines = SourceLines.of(paragraph(60));
        LineProfile profile = LineProfile.of(lines, lines.size());
        List<Flow> flow = lines.all().stream().<Flow>map(l -> new Flow.Text(l, l.text(), false)).toList();
        assertEquals(61, LineFill.of(flow, profile).least());
        assertEquals(0, LineFill.of(flow.subList(0, 20), profile).least());
    }
}
