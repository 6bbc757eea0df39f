package org.edition.ingest.pdftext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HyphenResolverTest {

    private static HyphenResolver resolver(String text) {
        return new HyphenResolver(Vocabulary.of(text));
    }

    @Test
    void compoundOccurringElsewhereKeepsItsHyphen() {
        HyphenResolver.Decision d = resolver("a raft of Russia-related issues\nand more").decide("Russia-", "related");
        assertTrue(d.keep());
        assertFalse(d.guessed());
        assertEquals("Russia-related", d.word());
    }

    @Test
    void wordOccurringWholeElsewhereIsJoined() {
        HyphenResolver.Decision d = resolver("the cost of maintenance is high\nand rising").decide("main-", "tenance");
        assertFalse(d.keep());
        assertFalse(d.guessed());
        assertEquals("maintenance", d.word());
    }

    @Test
    void longerCompoundKeepsItsHyphen() {
        HyphenResolver.Decision d = resolver("in a dog-eat-\ndog world").decide("dog-eat-", "dog");
        assertTrue(d.keep());
        assertEquals("dog-eat-dog", d.word());
    }

    @Test
    void capitalAfterTheHyphenMarksACompound() {
        HyphenResolver.Decision d = resolver("stiffened anti-\nKremlin sentiment").decide("anti-", "Kremlin");
        assertTrue(d.keep());
        assertFalse(d.guessed());
    }

    @Test
    void twoWordsWithoutEvidenceAreKeptAsAGuess() {
        HyphenResolver.Decision d = resolver("a new low.\nthe fruit hanging there\nno ‘low-\nhanging fruit’")
                .decide("‘low-", "hanging");
        assertTrue(d.keep());
        assertTrue(d.guessed());
        assertEquals("low-hanging", d.word());
    }

    @Test
    void fragmentWithoutEvidenceIsJoinedAsAGuess() {
        HyphenResolver.Decision d = resolver("further destabili-\nsation of the region").decide("destabili-", "sation");
        assertFalse(d.keep());
        assertTrue(d.guessed());
        assertEquals("destabilisation", d.word());
    }

    @Test
    void piecesOfBrokenWordsAreNotEvidence() {
        Vocabulary v = Vocabulary.of("the main-\ntenance crew\nmain road");
        assertEquals(0, v.count("tenance"));
        assertEquals(1, v.count("main"));
    }
}
