package org.edition.ingest.pdftext;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Side headings in the margin column of a dump that kept the page's columns (pdftotext -layout). */
class SideHeadingsTest {
    private static final String INDENT = " ".repeat(24);

    /** A page of running text at column 24, with {@code margin} beside its first lines. */
    private static String page(String first, String second, int number) {
        StringBuilder s = new StringBuilder();
        s.append(first).append('\n').append(second).append('\n');
        for (int i = 0; i < 8; i++) {
            s.append(INDENT).append("the agencies measured their programs again in round ").append(i + number * 10)
                    .append(" and wrote to the\n");
        }
        s.append(INDENT).append("ministry at the end of the year.\n\n").append("Page ").append(number).append(INDENT)
                .append("Annual Review of Programs\n\f");
        return s.toString();
    }

    /** Three pages; the first opens with the two lines given, the others with text alone. */
    private static String threePages(String first, String second) {
        return page(first, second, 1) + page(INDENT + "The second page of text begins here and", INDENT + "goes on", 2)
                + page(INDENT + "The third page of text begins here and", INDENT + "goes on", 3);
    }

    private static String beside(String margin, String text) {
        return margin + " ".repeat(24 - margin.length()) + text;
    }

    @Test
    void aTitleInTheMarginBecomesAHeadingBeforeTheTextBesideIt() {
        String md = PdfText.markdown(threePages(beside("Agencies Can Use", "Federal agencies can use performance information"),
                beside("Performance", "to make decisions, and")));
        assertTrue(md.contains("## Agencies Can Use Performance\n\nFederal agencies can use performance information to make decisions, and"), md);
    }

    @Test
    void marginWordsThatAreNoTitleStayWhereTheyAre() {
        String md = PdfText.markdown(threePages(beside("Source: GAO.", "Federal agencies can use performance information"),
                beside("See the note.", "to make decisions, and")));
        assertFalse(md.contains("## Source"), md);
        assertTrue(md.contains("Source: GAO."), md);
        assertTrue(md.contains("See the note."), md);
    }
}
