package org.edition.ingest.pdftext;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.edition.ingest.importer.Importers;
import org.junit.jupiter.api.Test;

/** Endnotes numbered i, ii … after the last paragraph, under no heading, cited with the same numerals. */
class RomanEndnotesTest {
    private static final String PAGE_ONE = "The council measured the grain reserves of the northern districts again this year.i Traders\n"
            + "moved their stocks to the markets of the coast when prices rose in the spring of that year.\n\n"
            + "The ministry published the prices every week, and the regional offices reported the rain.ii\n\n1\n\f";
    private static final String PAGE_TWO = "Farmers planted maize on the terraces of the valley once the canals had been repaired by\n"
            + "the engineers of the province.iii The harvest was the largest the region had known.\n\n";

    @Test
    void notesNumberedInRomanAtTheEndAreReadWithTheirNumerals() {
        String text = PAGE_ONE + PAGE_TWO + "i The grain survey of 2019, published by the statistics office.\n"
                + "ii The traders' own figures, collected by the chamber of commerce.\niii Weekly bulletins of the\n"
                + "ministry of agriculture.\n\n2\n";
        Importers.Imported imported = PdfText.read(text);
        String md = imported.text().markdown();
        assertTrue(md.contains("again this year.[^i] Traders"), md);
        assertTrue(md.contains("the rain.[^ii]"), md);
        assertTrue(md.contains("the province.[^iii] The harvest"), md);
        assertTrue(md.contains("[^iii]: Weekly bulletins of the ministry of agriculture."), md);
        assertTrue(imported.report().toText().contains("all matched"), imported.report().toText());
    }

    @Test
    void aListNumberedInRomanThatNothingCitesStaysText() {
        String text = PAGE_ONE.replace(".i ", ". ").replace(".ii\n", ".\n") + PAGE_TWO.replace(".iii ", ". ")
                + "i Keep the reserves full.\nii Publish the prices every week.\n\n2\n";
        String md = PdfText.markdown(text);
        assertFalse(md.contains("[^i]"), md);
        assertTrue(md.contains("i Keep the reserves full."), md);
    }
}
