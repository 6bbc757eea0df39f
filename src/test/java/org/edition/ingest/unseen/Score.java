package org.edition.ingest.unseen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well one import (or a sum of imports) recovered its truth. Every measure is a {@link Tally}
 * of hits out of a total, so that sums are taken over counts, never over percentages.
 *
 * @param references        truth references recovered: same label after the same word
 * @param falseReferences   output references matching no truth reference (label and word)
 * @param notes             truth note texts recovered under their label (see {@link UnseenScorer})
 * @param headings          truth headings found with the same text
 * @param headingLevels     of the headings found, those at the truth's level
 * @param falseHeadings     output headings matching no truth heading
 * @param wordRecall        body words of the truth found in the output body, in order (LCS)
 * @param wordPrecision     body words of the output that belong to the truth body, in order (LCS)
 * @param breakRecall       truth block starts (paragraph, heading, list item) that start an output block
 * @param breakPrecision    output block starts that start a truth block
 * @param pullQuotes        truth pull quotes found as marked pull quotes
 * @param falsePullQuotes   marked pull quotes of the output matching none of the truth
 * @param sidebars          truth sidebars found as marked sidebars
 * @param falseSidebars     marked sidebars of the output matching none of the truth
 */
record Score(Tally references, int falseReferences, Tally notes, Tally headings, Tally headingLevels,
        int falseHeadings, Tally wordRecall, Tally wordPrecision, Tally breakRecall, Tally breakPrecision,
        Tally pullQuotes, int falsePullQuotes, Tally sidebars, int falseSidebars) {

    /** The thresholds of the issue, on totals over all documents and layouts. */
    static final double MIN_REFERENCES = 0.95;
    static final double MIN_NOTES = 0.95;
    static final double MIN_HEADINGS = 0.85;
    static final double MAX_FALSE_REFERENCES = 0.01;
    static final double MIN_WORD_RECALL = 0.99;
    static final double MIN_WORD_PRECISION = 0.98;

    /** A count of hits out of a total; the ratio of an empty tally is 1. */
    record Tally(int hits, int of) {
        static final Tally NONE = new Tally(0, 0);

        Tally plus(Tally other) {
            return new Tally(hits + other.hits, of + other.of);
        }

        double ratio() {
            return of == 0 ? 1 : (double) hits / of;
        }

        String percent() {
            return String.format(Locale.ROOT, "%5.1f%%", 100 * ratio());
        }

        @Override
        public String toString() {
            return hits + "/" + of;
        }
    }

    /** The score of nothing at all, to start a sum from. */
    static final Score ZERO = new Score(Tally.NONE, 0, Tally.NONE, Tally.NONE, Tally.NONE, 0, Tally.NONE, Tally.NONE,
            Tally.NONE, Tally.NONE, Tally.NONE, 0, Tally.NONE, 0);

    /** The sum of two scores, measure by measure. */
    Score plus(Score o) {
        return new Score(references.plus(o.references), falseReferences + o.falseReferences, notes.plus(o.notes),
                headings.plus(o.headings), headingLevels.plus(o.headingLevels), falseHeadings + o.falseHeadings,
                wordRecall.plus(o.wordRecall), wordPrecision.plus(o.wordPrecision), breakRecall.plus(o.breakRecall),
                breakPrecision.plus(o.breakPrecision), pullQuotes.plus(o.pullQuotes),
                falsePullQuotes + o.falsePullQuotes, sidebars.plus(o.sidebars), falseSidebars + o.falseSidebars);
    }

    /** False references as a share of the truth's references. */
    double falseReferenceRate() {
        return references.of() == 0 ? 0 : (double) falseReferences / references.of();
    }

    /** The thresholds this score misses, each as a sentence; empty if it meets them all. */
    List<String> missedThresholds() {
        List<String> missed = new ArrayList<>();
        below(missed, "note references recovered", references, MIN_REFERENCES);
        below(missed, "note texts recovered", notes, MIN_NOTES);
        below(missed, "headings recovered", headings, MIN_HEADINGS);
        below(missed, "body word recall", wordRecall, MIN_WORD_RECALL);
        below(missed, "body word precision", wordPrecision, MIN_WORD_PRECISION);
        if (falseReferenceRate() > MAX_FALSE_REFERENCES) {
            missed.add(String.format(Locale.ROOT, "false references %d = %.1f%% of %d truth references, more than %.0f%%",
                    falseReferences, 100 * falseReferenceRate(), references.of(), 100 * MAX_FALSE_REFERENCES));
        }
        return missed;
    }

    private static void below(List<String> missed, String what, Tally tally, double threshold) {
        if (tally.ratio() < threshold) {
            missed.add(String.format(Locale.ROOT, "%s %s = %s, below %.0f%%", what, tally, tally.percent().strip(),
                    100 * threshold));
        }
    }
}
