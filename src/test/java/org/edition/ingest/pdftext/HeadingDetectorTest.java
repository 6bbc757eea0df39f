package org.edition.ingest.pdftext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings in whole imports: what a reader uses to see one, and what must not become one. */
class HeadingDetectorTest {
    private static final String BEFORE = PdfText.filler("the water", 5) + "council.\n\n";
    private static final String AFTER = "\n\n" + PdfText.filler("the ice", 5) + "council.\n";

    private static List<String> headings(String text) {
        return Arrays.stream(PdfText.markdown(text).split("\n")).filter(l -> l.startsWith("#")).toList();
    }

    @Test
    void aNumberedHeadingDoesNotRunIntoTheNumberedHeadingBelowIt() {
        String text = BEFORE + "2. A Route That Keeps Disappointing\n\n2.1 Background" + AFTER;
        assertEquals(List.of("## 2. A Route That Keeps Disappointing", "### 2.1 Background"), headings(text));
    }

    @Test
    void aNumberedHeadingInTitleCaseIsOneHeadingOverTwoLinesAndMayEndWithAQuestionMark() {
        String text = BEFORE + "5. The Brussels Effect Revisited: Will the Rules Travel Beyond the Union’s\n"
                + "Borders, or Stay at Home?" + AFTER;
        assertEquals(List.of("## 5. The Brussels Effect Revisited: Will the Rules Travel Beyond the Union’s Borders,"
                + " or Stay at Home?"), headings(text));
    }

    @Test
    void aNumberedLineInTitleCaseNearlyAsWideAsTheTextIsAHeading() {
        String text = BEFORE + "4. Disinformation, Elections and the Limits of the Regulation" + AFTER;
        assertEquals(List.of("## 4. Disinformation, Elections and the Limits of the Regulation"), headings(text));
    }

    @Test
    void numberedSentencesAndWideNumberedLinesRunningOnAreNotHeadings() {
        String text = BEFORE + "1. Governments should raise the pension age in line with life expectancy,\n"
                + "as most of them have begun to do.\n\n"
                + "2. The European Commission and the Member States Should Fund the Agency\n"
                + "from the budget of the Union, not from national contributions.\n\n"
                + "3. Raise the age.\n" + AFTER;
        assertEquals(List.of(), headings(text));
    }

    @Test
    void aLineInCapitalsAsWideAsTheTextIsAHeadingWhenAParagraphFollows() {
        String text = BEFORE + "3. WHERE THE GROWTH IS: DESTINATION SHIPPING AND THE ENERGY OF THE NORTH" + AFTER;
        assertEquals(List.of("## 3. WHERE THE GROWTH IS: DESTINATION SHIPPING AND THE ENERGY OF THE NORTH"),
                headings(text));
    }

    @Test
    void aParagraphInCapitalsIsNotAHeading() {
        String text = BEFORE + "THIS REPORT IS PROVIDED AS IT STANDS, AND THE INSTITUTE GIVES NO WARRANTY\n"
                + "THAT THE FIGURES IN IT ARE COMPLETE OR THAT THEY WILL REMAIN ACCURATE\n"
                + "AFTER THE DATE OF PUBLICATION, AND IT ACCEPTS NO LIABILITY FOR ANY USE\n"
                + "MADE OF THEM BY READERS OR BY ANYONE ELSE WHO RELIES ON THEM.\n" + AFTER;
        assertEquals(List.of(), headings(text));
    }

    @Test
    void aHeadingInCapitalsBrokenByAPageBreakIsOneHeading() {
        String text = BEFORE + PdfText.filler("the rivers", 3) + "council.\n\n"
                + "3. THE INSTITUTIONS OF COOPERATION AND WHY THEY HAVE NOT KEPT PACE WITH A\n\n7\n\f"
                + "CHANGING REGION\n\n" + PdfText.filler("the canals", 6) + "council.\n\n8\n\f"
                + PdfText.filler("the dams", 6) + "council.\n\n9\n\f";
        assertEquals(List.of("## 3. THE INSTITUTIONS OF COOPERATION AND WHY THEY HAVE NOT KEPT PACE WITH A CHANGING REGION"),
                headings(text));
    }

    @Test
    void aHeadingAfterAListItemWithoutFinalPunctuationIsAHeading() {
        String text = BEFORE + "The plan has two parts:\n\n• a fund for the northern ports\n\n• a rescue centre\n\n"
                + "5. Recommendations" + AFTER;
        assertEquals(List.of("## 5. Recommendations"), headings(text));
    }

    @Test
    void aNumberedLineAfterAnInterruptedFullLineIsNotAHeading() {
        String text = PdfText.filler("the water", 5) + "\n3. Cities That Have Built\n\n"
                + "walls along the river reported the results to the council.\n";
        assertEquals(List.of(), headings(text));
    }

    @Test
    void titlesStandAloneAlsoWhereABlankLineFollowsEveryLine() {
        String text = (BEFORE + "Introduction" + AFTER).replace("\n", " \n\n");
        assertEquals(List.of("## Introduction"), headings(text));
    }

    @Test
    void aParagraphsShortLastLineIsNotATitle() {
        String text = (BEFORE + "Arctic shipping\n\n" + "The second point, in short lines" + AFTER).replace("\n", " \n\n");
        String markdown = PdfText.markdown(text);
        assertEquals(List.of(), headings(text), markdown);
    }

    @Test
    void unnumberedTitlesStandAtTheTopLevelAmongNumberedHeadingsAndBelowHeadingsInCapitals() {
        String numbered = BEFORE + "1. Two Rivers, Five States" + AFTER + "\nConclusion" + AFTER;
        assertEquals(List.of("## 1. Two Rivers, Five States", "## Conclusion"), headings(numbered));
        String capitals = BEFORE + "TWO RIVERS, FIVE STATES" + AFTER + "\nThe Upper River" + AFTER;
        assertEquals(List.of("## TWO RIVERS, FIVE STATES", "### The Upper River"), headings(capitals));
    }
}
