package org.edition.ingest.pdftext;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;
import org.junit.jupiter.api.Test;

/** Headings an extractor emitted at the foot of a page, and short lines there that are not headings. */
class FootHeadingsTest {
    private static final String LONG = "The committee met in the old building on the square, where the records of the";

    /** Three pages with a running head each; {@code foot} ends page 2, {@code top} opens page 3. */
    private static String imported(String foot, String top) {
        String page1 = "Annual Review of Offices\n" + LONG + "\nfirst year were kept for a long time by the clerks.\n";
        String page2 = "Annual Review of Offices\nThe second year brought a new hall to the town. " + LONG + "\n" + foot;
        String page3 = "Annual Review of Offices\n" + top + "\nThe hall was opened in the spring by the mayor.\n";
        String text = page1 + "\f" + page2 + "\f" + page3;
        return Importers.standard().importSource(SourceText.of("r.txt", text), Optional.of(SourceFormat.PDF_TEXT)).text().markdown();
    }

    @Test
    void titleLinesBetweenASentenceBrokenByThePageAreHeadingsAfterIt() {
        String md = imported("town, which faces out\nCommittees\nBuildings\n", "onto the river and the old mill.");
        assertTrue(md.contains("which faces out <!-- edition:page 3 -->onto the river and the old mill."), md);
        assertTrue(md.contains("## Committees\n\n## Buildings"), md);
    }

    @Test
    void oneTitleLineMayEndTheSentence() {
        String md = imported("requests made under the rules of\nFreedom Information Act\n", "which the clerks answered.");
        assertFalse(md.contains("# Freedom"), md);
    }

    @Test
    void shortLinesAfterAFinishedSentenceMayBeAList() {
        String md = imported("town.\nBritish Civil Service\nCabinet Office Rooms\n", "and so on.");
        assertFalse(md.contains("# British"), md);
    }
}
