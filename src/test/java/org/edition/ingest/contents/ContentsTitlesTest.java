package org.edition.ingest.contents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding a report's headings by the titles of its contents list. */
class ContentsTitlesTest {
    private final ContentsTitles titles = ContentsTitles.of(List.of(
            "Appendix II: GAO Contact and Staff Acknowledgments ........ 40", "Appendix III Introduction .... 41", "Results in Brief .... 3"));

    @Test
    void aLabelGluedToItsTitleIsCutWhereTheListSetsItApart() {
        assertEquals("Appendix II".length(), titles.gluedLabel("Appendix IIGAO Contact and Staff Acknowledgments"));
        assertEquals("Appendix III".length(), titles.gluedLabel("Appendix IIIIntroduction"));
    }

    @Test
    void aLabelStandingApartOrATitleWithoutOneIsLeft() {
        assertEquals(0, titles.gluedLabel("Appendix II: GAO Contact and Staff Acknowledgments"));
        assertEquals(0, titles.gluedLabel("Appendix III Introduction"));
        assertEquals(0, titles.gluedLabel("Results in Brief"));
        assertEquals(0, titles.gluedLabel("Appendix IIGAO Contact"));
    }

    @Test
    void aLabelAloneIsKnownAsTheLabelOfAListedTitle() {
        assertTrue(titles.isLabel("Appendix II"));
        assertTrue(titles.isLabel("APPENDIX III"));
        assertEquals(false, titles.isLabel("Appendix IV"));
        assertEquals(false, titles.isLabel("Results in Brief"));
    }

    @Test
    void aTitleIsFoundWhateverItsSpacing() {
        assertTrue(titles.lists("Appendix IIGAO Contact and Staff Acknowledgments"));
        assertTrue(titles.lists("RESULTS  IN  BRIEF"));
    }
}
