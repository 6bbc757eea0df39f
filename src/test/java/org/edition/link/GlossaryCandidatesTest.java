package org.edition.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.edition.PieceTexts;
import org.junit.jupiter.api.Test;

/** The definitions' prefilter never hides a definition the expression finds. */
class GlossaryCandidatesTest {
    private static final String[] PIECES = {"(", ")", "(C", "(c", "[^1] ", "Act ", "of ", "the ", "Sanctions ", "US",
        "CAATSA", "NATO", " ", "  ", "x", "Z", "’s ", "-", "(NATO)", "((", "(A)", "\n"};

    @Test
    void whereTheExpressionFindsADefinitionThePrefilterLetsTheTextThrough() {
        int found = 0;
        for (String s : PieceTexts.of(PIECES, 50_000, 12, 13)) {
            boolean defines = GlossaryCandidates.DEFINED.matcher(s).find();
            if (defines) {
                found++;
                assertTrue(GlossaryCandidates.mayDefine(s), s);
            }
        }
        assertTrue(found > 500, "the generated texts hold definitions: " + found);
    }

    @Test
    void aTextWithoutAParenthesisBeforeACapitalIsPassedOver() {
        assertTrue(GlossaryCandidates.mayDefine("the Countering America’s Adversaries Through Sanctions Act (CAATSA)"));
        assertFalse(GlossaryCandidates.mayDefine("the Countering America’s Adversaries Through Sanctions Act"));
        assertFalse(GlossaryCandidates.mayDefine("sanctions (in 2017) and more ("));
    }
}
