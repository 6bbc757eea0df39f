package org.edition.ingest.pdfmarkdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Two paragraphs around a page end: one paragraph cut in two, or two. */
class PageJoinRuleTest {
    private static final PageJoinRule.Verdict SURE_JOIN = new PageJoinRule.Verdict(true, true);
    private static final PageJoinRule.Verdict GUESSED_JOIN = new PageJoinRule.Verdict(true, false);
    private static final PageJoinRule.Verdict APART = new PageJoinRule.Verdict(false, true);

    @Test
    void aParagraphEndingOnASmallWordGoesOnAfterThePageEnd() {
        assertEquals(SURE_JOIN, PageJoinRule.judge("after Vladimir Putin returned to the presidency in",
                "2012, the “reset” policy experienced a marked slowdown"));
        assertEquals(SURE_JOIN, PageJoinRule.judge("a valid substitution to an", "American diplomatic engagement"));
    }

    @Test
    void aLowerCaseStartGoesOnWithTheParagraphBefore() {
        assertEquals(SURE_JOIN, PageJoinRule.judge("Democrats were also reluctant to publicly hold Russia",
                "accountable for its human rights violations."));
    }

    @Test
    void aFinishedSentenceAndACapitalStartAreTwoParagraphs() {
        assertEquals(APART, PageJoinRule.judge("Congress and the White House battled over new sanctions.",
                "The most significant measure came in July 2017."));
        assertEquals(APART, PageJoinRule.judge("against the Tripoli government.[^40]", "The next paragraph."));
        assertEquals(APART, PageJoinRule.judge("as he put it, “no deal.”[^7]", "Nothing followed."));
    }

    @Test
    void noteReferencesAfterTheLastWordDoNotHideAnOpenEnd() {
        assertEquals(SURE_JOIN, PageJoinRule.judge("the partnership with the marina,[^6] and", "then the storm came."));
    }

    @Test
    void onlyOneSignIsAGuess() {
        assertEquals(GUESSED_JOIN, PageJoinRule.judge("the budget of the United States", "Congress then voted."));
        assertEquals(GUESSED_JOIN, PageJoinRule.judge("as reported by the U.S.", "officials in Kabul."));
    }
}
