package org.edition.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edition.model.Edition;
import org.edition.model.Report;
import org.edition.model.compare.ThemeCoverage;

/**
 * What the comparison pages need beyond the model: each report's short name and colour series, the
 * coverage chart, and the themes before and after a theme (for its page's navigation).
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
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> series = new LinkedHashMap<>();
        List<Report> reports = edition.reports();
        for (int i = 0; i < reports.size(); i++) {
            names.put(reports.get(i).id(), reports.get(i).metadata().shortName());
            series.put(reports.get(i).id(), i % 4);
        }
        Map<String, Report> byId = new LinkedHashMap<>();
        for (Report r : reports) {
            byId.putIfAbsent(r.id(), r);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("reportNames", names);
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

    /** A theme page's extra names: the theme and its neighbours. */
    static Map<String, Object> theme(Edition edition, int index) {
        List<ThemeCoverage> themes = edition.comparison().themes();
        Map<String, Object> model = common(edition);
        model.put("coverage", themes.get(index));
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
