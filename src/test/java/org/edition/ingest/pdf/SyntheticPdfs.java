package org.edition.ingest.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the synthetic PDF of the golden case {@code pdf-two-columns}: two columns with footnotes at
 * the foot of each, a note running onto the next page, a paragraph going on across a column and a
 * page break, a word broken at a line end and a compound hyphenated elsewhere, a table whose source
 * line is set small at the foot, running heads and page numbers, and note numbers starting again at 1
 * in an appendix. {@code SyntheticPdfsTest} checks that the committed file is what this makes; run
 * {@code main} to write it again.
 */
final class SyntheticPdfs {
    static final Path TWO_COLUMNS = Path.of("src/test/resources/golden/pdf-two-columns/input.pdf");
    static final Path ENDNOTES = Path.of("src/test/resources/golden/pdf-endnotes/input.pdf");
    private static final float LEFT = 72;
    private static final float RIGHT = 316;

    private SyntheticPdfs() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(TWO_COLUMNS, twoColumns());
        Files.write(ENDNOTES, endnotes());
    }

    /**
     * A report whose notes are endnotes in the body size under a "Notes" heading, from the top of
     * their page: raised numbers, a plain "2." number, a note over two lines; then a section that is
     * not notes.
     */
    static byte[] endnotes() throws IOException {
        PdfMaker maker = new PdfMaker();
        PdfMaker.Page one = maker.page();
        furniture(one, 1);
        one.text(LEFT, 96, 16, PdfMaker.BOLD, "Reserves and Prices");
        one.line(LEFT, 130, 10, "Retail maize prices in the coastal districts rose by more than half between 2021 and");
        one.line(LEFT, 142, 10, "2023.^1^ The district stores damped the rise where they were stocked on time.^2^");
        one.line(LEFT, 166, 10, "Where purchases were held up by budget rules, the stores made little difference.^3^");
        PdfMaker.Page two = maker.page();
        furniture(two, 2);
        two.text(LEFT, 96, 13, PdfMaker.BOLD, "Notes");
        two.line(LEFT, 120, 10, "^1^ Regional Market Observatory, Quarterly Price Bulletin, no. 14 (2023).");
        two.line(LEFT, 134, 10, "2. Store ledgers of Ho and Kpando, 2021 to 2023.");
        two.line(LEFT, 148, 10, "^3^ Interviews with district trade officers, August 2023; the budget rules are those");
        two.line(LEFT, 160, 10, "of the finance ministry's circular of 2019.");
        two.text(LEFT, 190, 13, PdfMaker.BOLD, "About the author");
        two.line(LEFT, 210, 10, "The author studies food markets in West Africa.");
        return maker.bytes();
    }

    static byte[] twoColumns() throws IOException {
        PdfMaker maker = new PdfMaker();
        PdfMaker.Page one = maker.page();
        furniture(one, 1);
        one.text(LEFT, 96, 16, PdfMaker.BOLD, "Grain Reserves in Three Districts");
        column(one, LEFT, 130,
                "Between 2021 and 2023 retail maize prices in",
                "the coastal districts rose by more than half,",
                "while wages in farming households barely",
                "moved.^1^ Governments answered with the old-",
                "est tool they had: public stores that buy after",
                "the harvest and sell in the lean season.",
                "",
                "The stores kept their grain in district ware-",
                "houses, and their plans for the long-",
                "term were set each year by a committee of",
                "the ministry.^2^");
        column(one, RIGHT, 130,
                "A long-term reserve needs more than grain: it",
                "needs rules that release purchases on time,",
                "and budgets that arrive before the harvest.^3^",
                "",
                "Where the release came on time, as it did in",
                "Ho in 2022, the store entered the lean season",
                "with full bins, and retail prices rose by less");
        one.line(LEFT, 690, 8, "^1^ Regional Market Observatory, Quarterly Price");
        one.text(LEFT, 700, 8, PdfMaker.ROMAN, "Bulletin, no. 14 (2023), table 3.");
        one.line(LEFT, 712, 8, "^2^ The committee met in March of each year.");
        one.line(RIGHT, 690, 8, "^3^ Interviews with district trade officers in Kpando");
        one.text(RIGHT, 700, 8, PdfMaker.ROMAN, "and Ho, August 2023, and the budget circulars");

        PdfMaker.Page two = maker.page();
        furniture(two, 2);
        two.line(LEFT, 96, 10, "than a fifth.^4^ Where it came late, the store had little to sell when it mattered most.");
        two.line(LEFT, 116, 10, "Table 1 gives the stocks each district held at the start of the lean season.");
        two.text(LEFT, 140, 9, PdfMaker.BOLD, "Table 1. Stocks at the start of the lean season");
        two.text(LEFT, 156, 8, PdfMaker.ROMAN, "District");
        two.text(250, 156, 8, PdfMaker.ROMAN, "Tonnes");
        two.text(LEFT, 168, 8, PdfMaker.ROMAN, "Kpando");
        two.text(250, 168, 8, PdfMaker.ROMAN, "1,550");
        two.text(LEFT, 180, 8, PdfMaker.ROMAN, "Ho");
        two.text(250, 180, 8, PdfMaker.ROMAN, "1,720");
        two.text(LEFT, 194, 8, PdfMaker.ROMAN, "Source: District store ledgers, 2019-2023.");
        two.text(LEFT, 220, 13, PdfMaker.BOLD, "2. What the stores cost");
        two.line(LEFT, 240, 10, "Storage losses averaged 4.5 per cent a year, and the cost of capital tied up in grain was");
        two.line(LEFT, 252, 10, "higher still. But emergency imports cost the treasury far more.");
        two.line(LEFT, 690, 8, "of 2022, which set the dates of the releases.");
        two.line(LEFT, 702, 8, "^4^ Store ledgers of Ho, 2022.");

        PdfMaker.Page three = maker.page();
        furniture(three, 3);
        three.text(LEFT, 96, 13, PdfMaker.BOLD, "Appendix: Method");
        three.line(LEFT, 116, 10, "We read the ledgers of each store for the five years.^1^ The figures were checked twice.");
        three.line(LEFT, 702, 8, "^1^ The ledgers of Kpando for 2019 are missing.");
        return maker.bytes();
    }

    private static void furniture(PdfMaker.Page page, int number) {
        page.text(LEFT, 40, 8, PdfMaker.ITALIC, "Grain Reserves in Three Districts");
        page.text(300, 760, 9, PdfMaker.ROMAN, String.valueOf(number));
    }

    private static void column(PdfMaker.Page page, float x, float top, String... lines) {
        float y = top;
        for (String line : lines) {
            if (line.isEmpty()) {
                y += 6;
                continue;
            }
            page.line(x, y, 10, line);
            y += 12;
        }
    }
}
