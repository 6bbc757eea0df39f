package org.edition.render;

import java.util.ArrayList;
import java.util.List;
import org.edition.model.Report;
import org.edition.model.compare.ThemeColumn;
import org.edition.model.compare.ThemeCoverage;

/**
 * The geometry of the themes × reports chart, in whole pixels of its view box: one row per theme, one bar
 * per report, each bar as long as the report's count of passages on the theme, the longest bar of the
 * chart full length. Templates draw it as inline SVG; a table beside it gives the same numbers.
 *
 * @param width  view box width
 * @param height view box height
 * @param legend one key per report, in report order
 * @param rows   one row per theme, in theme order
 */
public record CoverageChart(int width, int height, List<Key> legend, List<Row> rows) {
    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 260;
    static final int BAR_AREA = 320;
    static final int BAR = 14;
    static final int GAP = 12;
    static final int LEGEND = 30;
    static final int LONGEST_LABEL = 32;
    /** The height of a line of the legend, which holds two keys. */
    static final int KEY_LINE = 18;

    /** A report's key in the legend: its colour series, where it stands, its name. */
    public record Key(int series, int x, int y, String name) {
    }

    /** A theme's row: its label and where it stands, and its bars. */
    public record Row(String label, int labelY, List<Bar> bars) {
    }

    /** A bar: its series, place and size, the count it shows and where the count is written. */
    public record Bar(int series, int x, int y, int length, int height, int count, int valueX, int valueY) {
    }

    /** The chart of the given themes over the given reports: a bar per report in each theme's row. */
    public static CoverageChart of(List<ThemeCoverage> themes, List<Report> reports) {
        List<String> names = reports.stream().map(r -> r.metadata().shortName()).toList();
        List<java.util.Map<String, Integer>> counts = new ArrayList<>();
        for (ThemeCoverage theme : themes) {
            java.util.Map<String, Integer> byReport = new java.util.HashMap<>();
            for (ThemeColumn column : theme.columns()) {
                byReport.putIfAbsent(column.reportId(), column.count());
            }
            counts.add(byReport);
        }
        return chart(themes, names, (i, j) -> counts.get(i).getOrDefault(reports.get(j).id(), 0));
    }

    /**
     * The chart of the given themes over all the reports together, for an edition of more reports than a
     * row can hold bars: a bar per theme, its passages in every report.
     */
    public static CoverageChart totals(List<ThemeCoverage> themes, int reports) {
        return chart(themes, List.of("All " + reports + " reports"), (i, j) -> themes.get(i).total());
    }

    /**
     * A chart with a bar per series (named in the legend, two keys to a line) in each theme's row.
     *
     * @param count the count of series {@code j} in theme {@code i}
     */
    private static CoverageChart chart(List<ThemeCoverage> themes, List<String> series, java.util.function.BiFunction<Integer, Integer, Integer> count) {
        int largest = 1;
        for (int i = 0; i < themes.size(); i++) {
            for (int j = 0; j < series.size(); j++) {
                largest = Math.max(largest, count.apply(i, j));
            }
        }
        List<Key> legend = new ArrayList<>();
        for (int j = 0; j < series.size(); j++) {
            legend.add(new Key(j % 4, LABEL_WIDTH + j % 2 * 170, 12 + j / 2 * KEY_LINE, series.get(j)));
        }
        int legendHeight = LEGEND + (series.size() - 1) / 2 * KEY_LINE;
        int rowHeight = series.size() * BAR + GAP;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            int top = legendHeight + i * rowHeight;
            List<Bar> bars = new ArrayList<>();
            for (int j = 0; j < series.size(); j++) {
                int n = count.apply(i, j);
                int length = n == 0 ? 0 : Math.max(2, Math.round((float) n * BAR_AREA / largest));
                int y = top + j * BAR;
                bars.add(new Bar(j % 4, LABEL_WIDTH, y + 1, length, BAR - 2, n, LABEL_WIDTH + length + 5, y + BAR - 3));
            }
            rows.add(new Row(shorten(themes.get(i).theme().title()), top + series.size() * BAR / 2 + 4, bars));
        }
        return new CoverageChart(WIDTH, legendHeight + themes.size() * rowHeight, legend, rows);
    }

    private static String shorten(String title) {
        return title.length() > LONGEST_LABEL ? title.substring(0, LONGEST_LABEL - 1).stripTrailing() + "…" : title;
    }
}
