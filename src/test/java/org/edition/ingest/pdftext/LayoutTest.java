package org.edition.ingest.pdftext;

import java.util.List;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.importer.Intervention.Kind;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.metadata.FoundMetadata;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages, paragraphs, lists, covers and contents in whole imports. */
class LayoutTest {

    @Test
    void aShortLineEndingASentenceEndsAParagraphWithoutBlankLines() {
        String text = """
                The first lesson is that the bill for building is the smaller part. In
                each city the cost of upkeep over thirty years exceeded the cost of
                construction.
                The second lesson concerns the long view. Councils that commissioned
                a study before building chose lower walls and spent less over time.
                """;
        String markdown = PdfText.markdown(text);
        assertEquals(2, markdown.strip().split("\n\n").length, markdown);
    }

    @Test
    void aSentenceEndBeforeAPageBreakEndsTheParagraphAndTheMarkerStandsAlone() {
        String text = PdfText.filler("the water", 6) + "council in the spring.\n\n7\n\f"
                + "A new paragraph begins on this page and runs on for a while, as the\n"
                + "paragraphs of a report do.\n\n8\n\f";
        String markdown = PdfText.markdown(text);
        assertTrue(markdown.contains("council in the spring.\n\n<!-- edition:page 8 -->\n\nA new paragraph"), markdown);
    }

    @Test
    void aFragmentOfTwoLinesDoesNotMakeAPage() {
        SourceLines lines = SourceLines.of(("line of text that runs on\n\n").repeat(12)
                + " a fragment\n\nof two lines\n\n" + " New page text\n\n" + ("line of text that runs on\n\n").repeat(12));
        LineProfile profile = LineProfile.of(lines, lines.size());
        assertTrue(profile.blankAfterEveryLine());
        List<Page> pages = new PageSplitter().split(lines, profile);
        assertEquals(2, pages.size());
        assertEquals(29, pages.get(1).first());
    }

    @Test
    void bulletGlyphsOnTheirOwnLineOpenListItems() {
        String text = "The review makes two recommendations: \n \n• \n \nFund the batteries from the health \n"
                + "budget. \n \n• \n \nTrain a technician in each district. \n \nThese steps cost little. \n";
        String markdown = PdfText.markdown(text);
        assertTrue(markdown.contains("recommendations:\n\n- Fund the batteries from the health budget.\n"
                + "- Train a technician in each district.\n\nThese steps cost little.\n"), markdown);
    }

    @Test
    void coverBecomesMetadataAndContentsAreDropped() {
        String text = "Holding the Line\n\nPublic Grain Reserves in West Africa\n\nBy Amara Diallo and Peter Lindqvist\n\n"
                + "Sahel Policy Institute\nMarch 2024\n\f"
                + "Contents\n\nSummary .................... 2\nRecommendations ............ 3\n\f"
                + PdfText.filler("the grain", 8) + "ministry.\n\n2\n\f" + PdfText.filler("the maize", 8) + "end.\n\n3\n\f";
        Importers.Imported imported = PdfText.read(text);
        FoundMetadata found = imported.text().found();
        assertEquals("Holding the Line", found.title());
        assertEquals("Public Grain Reserves in West Africa", found.subtitle());
        assertEquals(List.of("Amara Diallo", "Peter Lindqvist"), found.authors().stream().map(FoundMetadata.FoundAuthor::name).toList());
        assertEquals("Sahel Policy Institute", found.publisher());
        assertEquals("March 2024", found.date());
        assertEquals(1, imported.report().count(Kind.CONTENTS_DROPPED));
        assertTrue(imported.text().markdown().startsWith("<!-- edition:page 2 -->\n\nThe council measured the grain"));
    }

    @Test
    void aListEndsAtItsLastEntryWhenTheTextGoesOnInTheSamePage() {
        String text = "Holding the Line\n\nSahel Policy Institute\n\f"
                + "Contents\nSummary 2\nRecommendations for the ministries and the\nregional bodies 3\n"
                + "This is a work of the institute and may be reproduced in its entirety without further permission.\n"
                + PdfText.filler("the grain", 6) + "ministry.\n\n2\n\f" + PdfText.filler("the maize", 8) + "end.\n\n3\n\f";
        String md = PdfText.markdown(text);
        assertTrue(md.contains("This is a work of the institute and may be reproduced"), md);
        assertTrue(md.contains("The council measured the grain again in round 6"), md);
        assertFalse(md.contains("regional bodies 3"), md);
    }

    @Test
    void aNumberedSectionOpeningAtAPagesFootIsNoFootnote() {
        String text = PdfText.filler("the grain", 8) + "ministry, as the second rule says.2\n\n"
                + "2. Unified system\nIn discussions about the previous systems used by the regions, it was clear that the\n"
                + "differences between the reserves were simply a result of them being kept apart by the\n"
                + "ministries.\n\n1\n\f" + PdfText.filler("the maize", 8) + "end.\n\n2\n\f"
                + PdfText.filler("the rice", 8) + "end.\n\n3\n\f";
        String md = PdfText.markdown(text);
        assertFalse(md.contains("]: Unified system"), md);
        assertTrue(md.contains("Unified system"), md);
        assertTrue(md.contains("In discussions about the previous systems"), md);
    }

    @Test
    void aRuleWrittenAsTextOverTheNotesGoesWithThem() {
        String text = PdfText.filler("the grain", 8) + "ministry, as the survey says.1\n\n" + "—".repeat(20)
                + "\n1 The grain survey of 2019, published by the statistics office.\n\n1\n\f"
                + PdfText.filler("the maize", 8) + "ministry, as the traders say.2\n\n" + "_".repeat(12)
                + "\n2 The traders' own figures.\n\n2\n\f" + PdfText.filler("the rice", 8) + "end.\n\n3\n\f";
        Importers.Imported imported = PdfText.read(text);
        assertFalse(imported.text().markdown().contains("———"), imported.text().markdown());
        assertFalse(imported.text().markdown().contains("___"), imported.text().markdown());
        assertTrue(imported.text().markdown().contains("[^2]: The traders' own figures."), imported.text().markdown());
        assertEquals(2, imported.report().count(Kind.NOTE_RULE_REMOVED));
    }

    @Test
    void importIsDeterministic() {
        String text = PdfText.filler("the water", 8) + "end.\n\n1\n\f" + PdfText.filler("the wells", 8) + "end.\n\n2\n\f";
        assertEquals(PdfText.markdown(text), PdfText.markdown(text));
        assertEquals(PdfText.read(text).report().toText(), PdfText.read(text).report().toText());
    }
}
