package org.edition.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edition.model.Edition;
import org.edition.model.Report;
import org.edition.model.compare.DateMention;
import org.edition.model.compare.DistinctiveTerm;
import org.edition.model.compare.ReportVocabulary;
import org.edition.model.compare.SharedCitation;
import org.edition.model.compare.ThemeColumn;
import org.edition.model.compare.ThemeCoverage;
import org.edition.model.compare.ThemePassage;
import org.edition.model.compare.TimelineRow;

/**
 * What the comparison pages need beyond the model: each report's short name and colour series, the
 * coverage chart, the themes before and after a theme (for its page's navigation), and the parts of the
 * pages that grow with the edition: the theme pages, the timeline, and the vocabulary and shared sources
 * when they move off the overview.
 */
final class ComparePages {
    /** The site path of the comparison overview. */
    static final String INDEX = "compare/index.html";
    /** The site path of the timeline. */
    static final String TIMELINE = "compare/timeline.html";

    private ComparePages() {
    }

    /** The path of a theme's page. */
    static String themePath(ThemeCoverage theme) {
        return "compare/" + theme.theme().id() + ".html";
    }

    /**
     * Names, colour series and reports by id, for every comparison page and the report pages: made once per
     * render and given to each page's model ({@code common} below), which adds its own names to a copy.
     */
    static Map<String, Object> common(Edition edition) {
        Map<String, Integer> series = new LinkedHashMap<>();
        List<Report> reports = edition.reports();
        for (int i = 0; i < reports.size(); i++) {
            series.put(reports.get(i).id(), i % 4);
        }
        Map<String, Report> byId = new LinkedHashMap<>();
        for (Report r : reports) {
            byId.putIfAbsent(r.id(), r);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("reportNames", names(edition));
        model.put("series", series);
        model.put("reportsById", byId);
        return model;
    }

    /**
     * The most reports the overview sets side by side — a bar each in every theme's row of its chart, a
     * column each in its tables. With more, the chart gives each theme's passages in all the reports
     * together, the themes table has a row per report, and the glossary table says in how many reports
     * each entry occurs and how often.
     */
    static final int SIDE_BY_SIDE = 4;

    /** The site path of the distinctive vocabulary when it is too long for the overview (no theme id holds a dot). */
    static final String VOCABULARY = "compare/index.vocabulary.html";
    /** The site path of the shared sources and organisations when they are too long for the overview. */
    static final String SOURCES = "compare/index.sources.html";

    /**
     * The overview's extra names: the coverage chart, whether the reports are too many to set side by side
     * ({@code wide}, see {@link #SIDE_BY_SIDE}), and — when the distinctive vocabulary or the shared
     * sources are longer than a page's part ({@link PageParts#BUDGET}) — the pages they move to
     * ({@code vocabularyPages}, {@code sourcePages}: empty when they stay on the overview).
     */
    static Map<String, Object> overview(Edition edition, Map<String, Object> common, PageParts<ReportVocabulary> vocabulary, PageParts<Cited> sources) {
        Map<String, Object> model = new LinkedHashMap<>(common);
        boolean wide = edition.reports().size() > SIDE_BY_SIDE;
        model.put("wide", wide);
        model.put("chart", wide ? CoverageChart.totals(edition.comparison().themes(), edition.reports().size())
                : CoverageChart.of(edition.comparison().themes(), edition.reports()));
        model.put("vocabularyPages", vocabulary.count() > 1 ? vocabulary.links() : List.of());
        model.put("sourcePages", sources.count() > 1 ? sources.links() : List.of());
        return model;
    }

    /** The distinctive vocabulary cut into parts of whole reports, named after them. */
    static PageParts<ReportVocabulary> vocabularyParts(Edition edition) {
        Map<String, String> names = names(edition);
        return PageParts.of(VOCABULARY, edition.comparison().vocabulary(), ComparePages::weight, v -> names.get(v.reportId()));
    }

    /** The shared sources, then the shared organisations, cut into parts of whole citations, named by their numbers. */
    static PageParts<Cited> sourceParts(Edition edition) {
        List<Cited> cited = new java.util.ArrayList<>();
        edition.comparison().sources().forEach(s -> cited.add(new Cited(s, false)));
        edition.comparison().organisations().forEach(s -> cited.add(new Cited(s, true)));
        int count = edition.comparison().sources().size();
        return PageParts.ranged(SOURCES, cited, ComparePages::weight, (first, last) -> sourcesLabel(first, last, count));
    }

    /** The name of the shared citations from {@code first} to {@code last} of sources then organisations: "Sources 302–340 and organisations 1–12". */
    static String sourcesLabel(int first, int last, int sources) {
        String of = first < sources ? range("Sources", first + 1, Math.min(last, sources - 1) + 1) : "";
        String orgs = last >= sources ? range(of.isEmpty() ? "Organisations" : "organisations", Math.max(first, sources) - sources + 1, last - sources + 1) : "";
        return of.isEmpty() ? orgs : orgs.isEmpty() ? of : of + " and " + orgs;
    }

    private static String range(String what, int from, int to) {
        return what + " " + (from == to ? String.valueOf(from) : from + "–" + to);
    }

    /**
     * A source or organisation several reports cite, as one of the list the sources' pages are cut from.
     *
     * @param citation     the shared citation
     * @param organisation whether it is an organisation (listed after the sources)
     */
    public record Cited(SharedCitation citation, boolean organisation) {
    }

    /** A part of the distinctive vocabulary moved off the overview: the part shown and its reports' vocabulary. */
    static Map<String, Object> vocabularyPage(Map<String, Object> common, PageParts<ReportVocabulary> parts, int number) {
        Map<String, Object> model = new LinkedHashMap<>(common);
        model.put("part", parts.part(number));
        model.put("vocabulary", parts.groups(number));
        return model;
    }

    /** A part of the shared sources moved off the overview: the part shown, its sources and its organisations. */
    static Map<String, Object> sourcesPage(Map<String, Object> common, PageParts<Cited> parts, int number) {
        Map<String, Object> model = new LinkedHashMap<>(common);
        model.put("part", parts.part(number));
        model.put("sources", parts.groups(number).stream().filter(c -> !c.organisation()).map(Cited::citation).toList());
        model.put("organisations", parts.groups(number).stream().filter(Cited::organisation).map(Cited::citation).toList());
        return model;
    }

    /**
     * A theme's page cut into parts of whole report columns (see {@link PageParts}), each column weighing
     * the text of its passages, named after its report.
     */
    static PageParts<ThemeColumn> themeParts(Edition edition, ThemeCoverage theme) {
        Map<String, String> names = names(edition);
        return PageParts.of(themePath(theme), theme.columns(), ComparePages::weight, c -> names.get(c.reportId()));
    }

    /**
     * The timeline cut into parts of whole rows, each named by its date; a row too large for a part (an
     * event hundreds of reports mention) is cut first into pieces of its mentions, in their order.
     */
    static PageParts<TimelinePiece> timelineParts(Edition edition) {
        List<TimelinePiece> pieces = new java.util.ArrayList<>();
        for (TimelineRow row : edition.comparison().timeline()) {
            List<List<DateMention>> cut = weight(row.mentions()) > PageParts.BUDGET
                    ? PageParts.pieces(row.mentions(), ComparePages::weight, PageParts.BUDGET - PageParts.FRAME) : List.of(row.mentions());
            for (int i = 0; i < cut.size(); i++) {
                pieces.add(new TimelinePiece(row, cut.get(i), i > 0));
            }
        }
        return PageParts.of(TIMELINE, pieces, p -> weight(p.mentions()),
                p -> p.row().when().label() + (p.continued() ? " (continued)" : ""));
    }

    /**
     * A timeline row on a page: the whole row, or one piece of the mentions of a row too large for a part.
     *
     * @param row       the row
     * @param mentions  the mentions shown here: all of the row's, or a piece of them
     * @param continued whether pieces of the row came before (on the part before, or above)
     */
    public record TimelinePiece(TimelineRow row, List<DateMention> mentions, boolean continued) {
    }

    /** The characters a report's column puts on a theme page: its passages' text and what frames each. */
    private static long weight(ThemeColumn column) {
        long w = PageParts.FRAME;
        for (ThemePassage p : column.passages()) {
            w += PageParts.FRAME + p.text().length();
        }
        return w;
    }

    /** The characters a timeline row (or a piece of one) puts on its page: its mentions' sentences and what frames each. */
    private static long weight(List<DateMention> mentions) {
        return PageParts.FRAME + mentions.stream().mapToLong(ComparePages::weight).sum();
    }

    /** The characters a mention puts on the timeline: its sentence and what frames it. */
    private static long weight(DateMention mention) {
        return PageParts.FRAME + mention.sentence().length();
    }

    /** The characters a report's distinctive vocabulary puts on a page: its terms and the links to their places. */
    private static long weight(ReportVocabulary vocabulary) {
        long w = PageParts.FRAME;
        for (DistinctiveTerm t : vocabulary.terms()) {
            w += PageParts.FRAME + t.term().length() + (long) LINK * t.places().size();
        }
        return w;
    }

    /** The characters a shared citation puts on a page: its label, each wording once and a link per note. */
    private static long weight(Cited cited) {
        long w = PageParts.FRAME + cited.citation().label().length();
        for (SharedCitation.Wording wording : cited.citation().wordings()) {
            w += PageParts.FRAME + wording.text().length();
        }
        return w + (long) LINK * cited.citation().notes().size();
    }

    /** The characters of a link to a paragraph or note, with its accessible name. */
    private static final int LINK = 120;

    /** Report id → short name, in the edition's order. */
    private static Map<String, String> names(Edition edition) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Report r : edition.reports()) {
            names.putIfAbsent(r.id(), r.metadata().shortName());
        }
        return names;
    }

    /** The timeline's extra names: the part shown and its rows. */
    static Map<String, Object> timeline(Map<String, Object> common, PageParts<TimelinePiece> parts, int number) {
        Map<String, Object> model = new LinkedHashMap<>(common);
        model.put("rows", parts.groups(number));
        model.put("part", parts.part(number));
        return model;
    }

    /** A theme page's extra names: the theme, the part shown and its columns, and the theme's neighbours. */
    static Map<String, Object> theme(Edition edition, Map<String, Object> common, int index, PageParts<ThemeColumn> parts, int number) {
        List<ThemeCoverage> themes = edition.comparison().themes();
        Map<String, Object> model = new LinkedHashMap<>(common);
        model.put("whole", themes.get(index));
        model.put("coverage", new ThemeCoverage(themes.get(index).theme(), parts.groups(number)));
        model.put("part", parts.part(number));
        model.put("highlight", new ThemeHighlight());
        if (index > 0) {
            model.put("previous", themes.get(index - 1));
        }
        if (index + 1 < themes.size()) {
            model.put("next", themes.get(index + 1));
        }
        return model;
    }
}
