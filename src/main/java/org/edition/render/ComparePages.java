package org.edition.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edition.model.Edition;
import org.edition.model.Report;
import org.edition.model.compare.DateMention;
import org.edition.model.compare.ThemeColumn;
import org.edition.model.compare.ThemeCoverage;
import org.edition.model.compare.ThemePassage;
import org.edition.model.compare.TimelineRow;

/**
 * What the comparison pages need beyond the model: each report's short name and colour series, the
 * coverage chart, the themes before and after a theme (for its page's navigation), and the parts of the
 * theme pages and timeline that grow with the edition.
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

    /** Names, colour series and reports by id, for every comparison page and the report pages. */
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

    /** The overview's extra names: the coverage chart. */
    static Map<String, Object> overview(Edition edition) {
        Map<String, Object> model = common(edition);
        model.put("chart", CoverageChart.of(edition.comparison().themes(), edition.reports()));
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

    /** The timeline cut into parts of whole rows, each named by its date. */
    static PageParts<TimelineRow> timelineParts(Edition edition) {
        return PageParts.of(TIMELINE, edition.comparison().timeline(), ComparePages::weight, r -> r.when().label());
    }

    /** The characters a report's column puts on a theme page: its passages' text and what frames each. */
    private static long weight(ThemeColumn column) {
        long w = FRAME;
        for (ThemePassage p : column.passages()) {
            w += FRAME + p.text().length();
        }
        return w;
    }

    /** The characters a timeline row puts on its page: its mentions' sentences and what frames each. */
    private static long weight(TimelineRow row) {
        long w = FRAME;
        for (DateMention m : row.mentions()) {
            w += FRAME + m.sentence().length();
        }
        return w;
    }

    /** The characters of markup around a passage, mention or column, counted with its text. */
    private static final int FRAME = 250;

    /** Report id → short name, in the edition's order. */
    private static Map<String, String> names(Edition edition) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Report r : edition.reports()) {
            names.putIfAbsent(r.id(), r.metadata().shortName());
        }
        return names;
    }

    /** The timeline's extra names: the part shown and its rows. */
    static Map<String, Object> timeline(Edition edition, PageParts<TimelineRow> parts, int number) {
        Map<String, Object> model = common(edition);
        model.put("rows", parts.groups(number));
        model.put("part", parts.part(number));
        return model;
    }

    /** A theme page's extra names: the theme, the part shown and its columns, and the theme's neighbours. */
    static Map<String, Object> theme(Edition edition, int index, PageParts<ThemeColumn> parts, int number) {
        List<ThemeCoverage> themes = edition.comparison().themes();
        Map<String, Object> model = common(edition);
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
