package org.edition.model.compare;

import java.util.List;
import java.util.Locale;

/**
 * A word or phrase that sets one report apart from the others.
 *
 * @param term       the word or phrase, in lower case
 * @param zScore     its log-odds ratio divided by its standard deviation (Monroe, Colaresi and Quinn 2008):
 *                   the larger, the more distinctive
 * @param count      how often the report uses it
 * @param otherCount how often the other reports use it, together
 * @param places     the paragraphs of the report where it occurs, in reading order
 */
public record DistinctiveTerm(String term, double zScore, int count, int otherCount, List<ParagraphRef> places) {
    public DistinctiveTerm {
        places = List.copyOf(places);
    }

    /** The z-score for display, with one decimal. */
    public String zDisplay() {
        return String.format(Locale.ROOT, "%.1f", zScore);
    }
}
