package org.edition.link.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.edition.model.compare.DistinctiveTerm;
import org.edition.model.compare.ReportVocabulary;
import org.junit.jupiter.api.Test;

/** The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, §3.5). */
class DistinctiveVocabularyTest {

    @Test
    void theZScoreIsTheLogOddsRatioOverItsStandardDeviation() {
        // y_i = 10 of n_i = 100, y_j = 0 of n_j = 100; α0 = 10, α_w = 10 · 10/200 = 0.5. By hand:
        // δ = ln(10.5/99.5) − ln(0.5/109.5) = 3.14029; σ² = 1/10.5 + 1/0.5 = 2.09524; z = δ/σ = 2.16947.
        assertEquals(2.16947, DistinctiveVocabulary.zScore(10, 100, 0, 100, 0.5, 10), 1e-5);
        assertEquals(-2.16947, DistinctiveVocabulary.zScore(0, 100, 10, 100, 0.5, 10), 1e-5);
        assertEquals(0, DistinctiveVocabulary.zScore(7, 100, 7, 100, 0.7, 10), 1e-12);
    }

    @Test
    void thePriorKeepsRareWordsFromDominating() {
        // 30 uses against 5 outrank 3 against 0 (z 3.71 and 1.15 with α0 = 100), though the plain log-odds
        // ratio, smoothed by a half, ranks the rare word higher (1.95 against 1.82).
        double frequent = DistinctiveVocabulary.zScore(30, 1000, 5, 1000, 100 * 35 / 2000.0, 100);
        double rare = DistinctiveVocabulary.zScore(3, 1000, 0, 1000, 100 * 3 / 2000.0, 100);
        assertEquals(3.70769, frequent, 1e-5);
        assertEquals(1.15306, rare, 1e-5);
        assertTrue(Math.log(3.5 / 997) - Math.log(0.5 / 1000) > Math.log(30.0 / 970) - Math.log(5.0 / 995));
    }

    @Test
    void ranksAConstructedCaseAsExpected() {
        // Report a talks of sanctions and oligarchs, b of arms control and treaties; both say, as often and in
        // paragraphs as long, that diplomacy stalled in Moscow. What both say alike sets neither apart (z = 0);
        // "sanctions" and "hurt" are listed as the phrase they always form, "arms" and "control" likewise.
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            a.append("Sanctions hurt. Oligarchs. Diplomacy in Moscow stalled.\n\n");
            b.append("Arms control. Treaties. Diplomacy in Moscow stalled.\n\n");
        }
        List<ReportVocabulary> v = new DistinctiveVocabulary(20, 3, 10).find(List.of(
                Reports.report("a", "2017", a.toString()), Reports.report("b", "2020", b.toString())));
        assertEquals(List.of("sanctions hurt", "oligarchs"), v.get(0).terms().stream().map(DistinctiveTerm::term).toList());
        assertEquals(List.of("arms control", "treaties"), v.get(1).terms().stream().map(DistinctiveTerm::term).toList());
        // By hand: the phrase, 40 of 80 phrases against 0 of 80, α_w = 5: z = 2.7438/0.4714 = 5.82;
        // the word, 40 of 240 words against 0 of 240, α_w = 1.667: z = 3.3871/0.7899 = 4.29.
        assertEquals(5.82, v.get(0).terms().get(0).zScore(), 0.01);
        assertEquals(4.29, v.get(0).terms().get(1).zScore(), 0.01);
        DistinctiveTerm sanctions = v.get(0).terms().get(0);
        assertEquals("5.8", sanctions.zDisplay());
        assertEquals(40, sanctions.count());
        assertEquals(0, sanctions.otherCount());
        assertEquals(40, sanctions.places().size());
        assertEquals("p1", sanctions.places().get(0).paragraphId());
    }

    @Test
    void whatMayStandInsideAPhraseIsWhatTheExpressionOfWhiteSpaceOrOneDashAccepts() {
        java.util.regex.Pattern gap = java.util.regex.Pattern.compile("\\s+|[-‐‑–]");
        String[] pieces = {" ", "\t", "\n", "\r", "\f", "\u000b", "\u00a0", "\u2003", "-", "‐", "‑", "–", "—", ",", "x", ""};
        java.util.Random random = new java.util.Random(3);
        int inside = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder between = new StringBuilder();
            for (int k = random.nextInt(4); k > 0; k--) {
                between.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = "a" + between + "b";
            boolean expected = gap.matcher(between).matches();
            inside += expected ? 1 : 0;
            assertEquals(expected, DistinctiveVocabulary.isPhraseGap(text, 1, text.length() - 1), "'" + between + "'");
        }
        assertTrue(inside > 1_000, "gaps accepted: " + inside);
    }
}
