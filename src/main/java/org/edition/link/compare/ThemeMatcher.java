package org.edition.link.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.edition.link.FormFinder;
import org.edition.model.Glossary;
import org.edition.model.GlossaryEntry;
import org.edition.model.Report;
import org.edition.model.Theme;
import org.edition.model.compare.ThemeColumn;
import org.edition.model.compare.ThemeCoverage;
import org.edition.model.compare.ThemePassage;

/**
 * Finds the passages that address a theme: every paragraph of the reports' argument holding one of its marking terms — a form of
 * one of its glossary entries (in the entry's letter case, unless the entry says any case) or one of its
 * phrases (in any letter case) — longest first, on word boundaries.
 */
public final class ThemeMatcher {
    private final Theme theme;
    private final FormFinder finder;

    /** A marking term found in a text. */
    public record Match(int start, int end, String text) {
    }

    /** A form to look for and whether its letter case matters. */
    private record Form(String text, boolean anyCase) {
    }

    /**
     * @param theme    the theme
     * @param glossary the glossary holding the theme's entries
     */
    public ThemeMatcher(Theme theme, Glossary glossary) {
        this.theme = theme;
        List<Form> forms = new ArrayList<>();
        for (String id : theme.terms()) {
            GlossaryEntry entry = glossary.entry(id).orElseThrow(() -> new IllegalArgumentException("no glossary entry " + id));
            entry.forms().forEach(f -> forms.add(new Form(f, entry.caseInsensitive())));
        }
        theme.phrases().forEach(p -> forms.add(new Form(p, true)));
        forms.sort(Comparator.comparingInt((Form f) -> -f.text().length()).thenComparing(Form::text));
        this.finder = new FormFinder(forms.stream().map(f -> new FormFinder.Form(f.text().strip(), f.anyCase())).toList());
    }

    /** The marking terms in a text, left to right, never overlapping. */
    public List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        for (FormFinder.Found m : finder.find(text)) {
            matches.add(new Match(m.start(), m.end(), m.text()));
        }
        return matches;
    }

    /** The theme's passages in every report, one column per report in the given order. */
    public ThemeCoverage cover(List<Report> reports) {
        List<ThemeColumn> columns = new ArrayList<>();
        for (Report report : reports) {
            List<ThemePassage> passages = new ArrayList<>();
            for (Passage p : Passage.of(report)) {
                List<Match> matches = find(p.text());
                if (!matches.isEmpty()) {
                    passages.add(new ThemePassage(p.ref(), p.section(), p.text(),
                            matches.stream().map(m -> new ThemePassage.Mark(m.start(), m.end())).toList()));
                }
            }
            columns.add(new ThemeColumn(report.id(), passages));
        }
        return new ThemeCoverage(theme, columns);
    }
}
