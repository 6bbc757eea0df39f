package org.edition.ingest.pdftext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The words of a line: section numbers, capitals, title case and how a heading may end. */
class HeadingShapeTest {

    @Test
    void sectionNumbersGiveTheDepthAndOtherNumbersNone() {
        assertEquals(1, HeadingShape.numberDepth("3. Results"));
        assertEquals(2, HeadingShape.numberDepth("2.1 Background"));
        assertEquals(3, HeadingShape.numberDepth("4.2.1 Search and Rescue"));
        assertEquals(0, HeadingShape.numberDepth("2022 was a difficult year"));
        assertEquals(0, HeadingShape.numberDepth("15 per cent of the budget"));
        assertEquals(0, HeadingShape.numberDepth("Introduction"));
    }

    @Test
    void titleCaseIsMostLongWordsCapitalisedWhateverTheSmallWords() {
        assertTrue(HeadingShape.isTitleCase("Risks That Grow With the Traffic"));
        assertTrue(HeadingShape.isTitleCase("3. The Next Round: Adequacy, Fairness and Trust21"));
        assertTrue(HeadingShape.isTitleCase("Borders, or Stay at Home?"));
        assertFalse(HeadingShape.isTitleCase("Why transits stay rare"));
        assertFalse(HeadingShape.isTitleCase("1. Governments should raise the pension age in line with life"));
        assertFalse(HeadingShape.isTitleCase("1 2 3"));
    }

    @Test
    void capitalsIgnoreAGluedNoteNumberButNotLowerCase() {
        assertTrue(HeadingShape.isCapitals("ECONOMY OF THE HIGH NORTH11"));
        assertTrue(HeadingShape.isCapitals("2. THREE DECADES OF REFORM"));
        assertFalse(HeadingShape.isCapitals("NATO officials said"));
        assertFalse(HeadingShape.isCapitals("EU, US,"));
    }

    @Test
    void aHeadingMayEndWithAQuestionMarkButNotWithAFullStopOrAComma() {
        assertTrue(HeadingShape.endsLikeHeading("Will Europe’s Rules Travel Beyond Its Borders, or Stay at Home?"));
        assertTrue(HeadingShape.endsLikeHeading("Enforcement: The Test That Matters13"));
        assertFalse(HeadingShape.endsLikeHeading("the results were published."));
        assertFalse(HeadingShape.endsLikeHeading("Arrivals, Departures,"));
        assertFalse(HeadingShape.endsLikeHeading("the biggest obstacles to…"));
    }
}
