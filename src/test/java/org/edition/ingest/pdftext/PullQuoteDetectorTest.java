package org.edition.ingest.pdftext;

import org.edition.ingest.importer.ImportReport;
import org.edition.ingest.importer.Intervention.Kind;
import org.edition.ingest.importer.Intervention;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PullQuoteDetectorTest {
    private static final String BODY = """
            The district office replaced its food parcels with a voucher that families
            could spend at licensed shops. Shops outside the market towns rarely took
            part, because the paperwork cost them more than the sales were worth, and
            the families in the hills kept asking for parcels instead of vouchers.
            """;

    @Test
    void shortLinesRepeatingTheBodyAreLiftedAfterTheParagraphTheyInterrupt() {
        String text = BODY + """

                Where a shop did sign up, it often ran out of stock well before the end of
                the month, and the families who had walked there for half a day went home

                Shops outside the market
                towns rarely took part…

                with nothing, which is why the office has now decided to review the scheme.
                """;
        ImportReport report = PdfText.read(text).report();
        String markdown = PdfText.markdown(text);
        assertEquals(1, report.count(Kind.PULL_QUOTE_LIFTED));
        assertEquals(1, report.count(Kind.PARAGRAPH_JOINED_ACROSS_INSERT));
        assertTrue(markdown.contains("went home with nothing, which is why"));
        assertTrue(markdown.endsWith("review the scheme.\n\n<!-- edition:pull-quote -->\n"
                + "> Shops outside the market towns rarely took part…\n"), markdown);
    }

    @Test
    void aShortRealParagraphIsNotLifted() {
        String text = BODY + """

                That is the puzzle this paper sets out to explain.

                The answer lies in how the shops were paid, and in how long the district
                office took to repay them for the vouchers they had accepted each month.
                """;
        String markdown = PdfText.markdown(text);
        assertEquals(0, PdfText.read(text).report().count(Kind.PULL_QUOTE_LIFTED));
        assertTrue(markdown.contains("\n\nThat is the puzzle this paper sets out to explain.\n\n"));
        assertFalse(markdown.contains("pull-quote"));
    }

    @Test
    void theLastLineOfAParagraphIsNotLiftedEvenIfItsWordsRecur() {
        String text = BODY + """

                Every month the inspectors counted the vouchers that came back to the office
                from the shops outside the market towns.

                Then the office paid the shops, usually within thirty days of the month end.
                """;
        assertEquals(0, PdfText.read(text).report().count(Kind.PULL_QUOTE_LIFTED));
    }

    @Test
    void aFragmentBrokenOffAtAPageBreakIsStillAPullQuote() {
        String text = BODY + """
                Where a shop did sign up, it often ran out of stock well before the end of
                the month, and the families who had walked there for half a day went home
                Shops outside the market
                \f with nothing, which is why the office has now decided to review the scheme
                and to pay the shops more quickly than it has done in the past two years.
                """;
        String markdown = PdfText.markdown(text);
        assertTrue(markdown.contains("went home <!-- edition:page 2 -->with nothing"), markdown);
        assertTrue(markdown.contains("> Shops outside the market\n"), markdown);
    }
}
