package org.edition.link.compare;

import java.util.List;
import org.edition.model.Edition;
import org.edition.model.Theme;
import org.edition.model.compare.Comparison;
import org.edition.model.compare.ThemeCoverage;
import org.edition.parallel.EveryCore;

/**
 * Compares the reports of a linked edition (one whose glossary has its occurrences): resolves the
 * themes' syntheses, finds each theme's passages, the distinctive vocabulary, the shared glossary entries
 * and sources, the timeline and the related passages. An edition of one report is left uncompared.
 */
public final class ReportComparer {

    /**
     * Compares the reports.
     *
     * @return the edition with its themes resolved and its comparison
     * @throws org.edition.diagnostics.EditionException (content) for a synthesis link that does not resolve
     */
    public Edition compare(Edition edition) {
        List<Theme> themes = new SynthesisLinker().resolve(edition.themes(), edition.reports());
        if (!edition.comparable()) {
            return edition.compared(themes, Comparison.NONE);
        }
        List<ThemeCoverage> coverage = EveryCore.map(themes,
                t -> new ThemeMatcher(t, edition.glossary()).cover(edition.reports()));
        SharedSources.Result cited = new SharedSources().find(edition.reports());
        Comparison comparison = new Comparison(coverage,
                new DistinctiveVocabulary().find(edition.reports()),
                new SharedGlossary().compare(edition.reports(), edition.glossary()),
                cited.sources(), cited.organisations(),
                new Timeline().build(edition.reports(), edition.glossary()),
                new RelatedPassages().find(edition.reports()).relations());
        return edition.compared(themes, comparison);
    }
}
