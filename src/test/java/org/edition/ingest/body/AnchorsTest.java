package org.edition.ingest.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnchorsTest {
    @Test
    void aSlugIsLowerCaseAsciiWordsJoinedByHyphens() {
        assertEquals("us-russia-relations-before-trump", Anchors.slug("US–RUSSIA RELATIONS BEFORE TRUMP"));
        assertEquals("emigre-politics-in-munchen", Anchors.slug("  Émigré politics in München!  "));
        assertEquals("", Anchors.slug("— … —"));
    }

    @Test
    void aLongSlugIsCutAtTheLastWholeWordWithinSixtyCharacters() {
        String slug = Anchors.slug("The Countering America’s Adversaries Through Sanctions Act and what it asks of the president");
        assertEquals("the-countering-america-s-adversaries-through-sanctions-act", slug);
    }

    @Test
    void aSectionWhoseSlugLooksLikeAnotherKindOfIdIsPrefixedAndRepeatsAreNumbered() {
        Anchors anchors = new Anchors();
        assertEquals("s-p12-the-year", anchors.section("P12 The year"));
        assertEquals("s-note-on-sources", anchors.section("Note on sources"));
        assertEquals("s-opening", anchors.section("Opening"));
        assertEquals("openings", anchors.section("Openings"));
        assertEquals("sanctions", anchors.section("Sanctions"));
        assertEquals("sanctions-2", anchors.section("Sanctions"));
        assertEquals("section", anchors.section("—"));
    }
}
