package org.edition.ingest.pdftext;

import org.edition.ingest.importer.Intervention.Kind;
import org.edition.ingest.importer.Intervention;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Boxed sidebars set inside the paragraph they interrupt. */
class SidebarDetectorTest {

    private static String interrupted(String title) {
        return PdfText.filler("the water", 4) + "council, and the cargo owners are state-owned or\n\n"
                + title + "\nClassification societies grade ships by the ice\nthey can safely navigate.\n\n"
                + "state-aligned companies whose decisions follow national strategy as much as\n"
                + "market signals, as the council reported.\n";
    }

    @Test
    void aBoxTitledWithAQuestionIsLiftedAndTheSentenceGoesOn() {
        String markdown = PdfText.markdown(interrupted("Box 1. What does “ice-class” mean?"));
        assertEquals(1, PdfText.read(interrupted("Box 1. What does “ice-class” mean?")).report().count(Kind.SIDEBAR_LIFTED));
        assertTrue(markdown.contains("are state-owned or state-aligned companies"), markdown);
        assertTrue(markdown.contains("> **Box 1. What does “ice-class” mean?**"), markdown);
    }

    @Test
    void aLineEndingASentenceIsNoBoxTitle() {
        String text = interrupted("Box 1 is described below.");
        assertEquals(0, PdfText.read(text).report().count(Kind.SIDEBAR_LIFTED));
    }

    @Test
    void theSentenceMayGoOnWithACapitalRightAfterABoxOfOneBlock() {
        String text = PdfText.filler("the water", 4) + "council, and it found that the ruling would conflict with the Charter of\n\n"
                + "Box 3. Who enforces what?\nThe Commission supervises the largest platforms.\n"
                + "National coordinators supervise the others.\n\n"
                + "Fundamental Rights, as the council reported in its second review of the\nrules.\n";
        String markdown = PdfText.markdown(text);
        assertTrue(markdown.contains("with the Charter of Fundamental Rights, as the council"), markdown);
        assertTrue(markdown.contains("> **Box 3. Who enforces what?**"), markdown);
    }

    @Test
    void aParagraphEndingOnAShortLineIsNotInterruptedByTheTitledBlockAfterIt() {
        String text = PdfText.filler("the water", 4) + "council, in short\n\n"
                + "Who Enforces What\nThe Commission supervises the largest platforms.\n\n"
                + "National coordinators supervise the others, as the council reported in the\nsecond review.\n";
        assertEquals(0, PdfText.read(text).report().count(Kind.SIDEBAR_LIFTED), PdfText.markdown(text));
    }

    @Test
    void aTitledBlockNotEndingASentenceIsNotABoxBeforeACapital() {
        String text = PdfText.filler("the water", 4) + "council, and it found that the ruling would conflict with the Charter of\n\n"
                + "Box 3. Who enforces what?\nThe Commission supervises the largest platforms and\n\n"
                + "Fundamental Rights, as the council reported in its second review of the\nrules.\n";
        assertEquals(0, PdfText.read(text).report().count(Kind.SIDEBAR_LIFTED), PdfText.markdown(text));
    }
}
