package org.edition.link.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.edition.model.Glossary;
import org.edition.model.GlossaryEntry;
import org.edition.model.Theme;
import org.edition.model.compare.ThemeColumn;
import org.edition.model.compare.ThemeCoverage;
import org.edition.model.compare.ThemePassage;
import org.junit.jupiter.api.Test;

/** A theme's passages are the paragraphs holding its glossary terms or phrases. */
class ThemeMatcherTest {
    static final Glossary GLOSSARY = new Glossary(List.of(
            entry("inf-treaty", "INF Treaty", false, "INF"),
            entry("nato", "NATO", false),
            entry("missile-defence", "missile defence", true)), List.of());

    static GlossaryEntry entry(String id, String term, boolean anyCase, String... aliases) {
        return new GlossaryEntry(id, term, "concept", List.of(aliases), "", "", List.of(), "", anyCase, "glossary.yaml:1");
    }

    static Theme theme(List<String> terms, List<String> phrases) {
        return new Theme("arms", "Arms control", terms, phrases, "", List.of(), "themes.yaml:1");
    }

    private static List<String> found(ThemeMatcher m, String text) {
        return m.find(text).stream().map(ThemeMatcher.Match::text).toList();
    }

    @Test
    void termsKeepTheirEntrysLetterCasePhrasesMatchInAnyCase() {
        ThemeMatcher m = new ThemeMatcher(theme(List.of("inf-treaty", "nato"), List.of("arms control")), GLOSSARY);
        assertEquals(List.of("INF Treaty", "NATO", "Arms Control", "arms\ncontrol"),
                found(m, "The INF Treaty and NATO, not nato or inf; Arms Control and arms\ncontrol."));
    }

    @Test
    void longestFormFirstAndOnlyOnWordBoundaries() {
        ThemeMatcher m = new ThemeMatcher(theme(List.of("inf-treaty", "missile-defence"), List.of("arms control", "arms")), GLOSSARY);
        assertEquals(List.of("INF", "INF Treaty", "Missile Defence", "arms control"),
                found(m, "INF, the INF Treaty, INFORMAL, Missile Defence, firearms controls, farms, arms control."));
    }

    @Test
    void coversEachReportsPassagesInReadingOrderWithTheTermsMarkedAndTheBackMatterLeftOut() {
        ThemeMatcher m = new ThemeMatcher(theme(List.of("nato"), List.of("arms control")), GLOSSARY);
        ThemeCoverage coverage = m.cover(List.of(
                Reports.report("a", "2017", """
                        ## ONE

                        Arms control & <b>NATO</b> — NATO again.

                        Nothing here.

                        ## TWO

                        More arms control.

                        ## BIBLIOGRAPHY

                        Smith, NATO and arms control, 2015.
                        """),
                Reports.report("b", "2020", "Nothing about it.\n")));
        ThemeColumn a = coverage.column("a").orElseThrow();
        assertEquals(List.of(1, 3), a.passages().stream().map(p -> p.paragraph().number()).toList());
        assertEquals(List.of(3, 1), a.passages().stream().map(ThemePassage::hits).toList());
        assertEquals(4, a.hits());
        assertEquals(List.of("ONE", "TWO"), a.passages().stream().map(ThemePassage::section).toList());
        ThemePassage first = a.passages().get(0);
        assertEquals(List.of("Arms control", "NATO", "NATO"),
                first.marks().stream().map(k -> first.text().substring(k.start(), k.end())).toList());
        assertEquals("<mark class=\"theme-term\">Arms control</mark> &amp; <mark class=\"theme-term\">NATO</mark> — "
                + "<mark class=\"theme-term\">NATO</mark> again.", new org.edition.render.ThemeHighlight().html(first));
        assertEquals(0, coverage.column("b").orElseThrow().count());
        assertEquals(2, coverage.total());
    }
}
