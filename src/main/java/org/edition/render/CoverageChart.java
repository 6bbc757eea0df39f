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

    /** A report's key in the legend: its colour series, where it stands, its name. */
    public record Key(int series, int x, int y, String name) {
    }

    /** A theme's row: its label and where it stands, and its bars. */
    public record Row(String label, int labelY, List<Bar> bars) {
    }

    /** A bar: its series, place and size, the count it shows and where the count is written. */
    public record Bar(int series, int x, int y, int length, int height, int count, int valueX, int valueY) {
    }

    /** The chart of the given themes over the given reports. */
    public static CoverageChart of(List<ThemeCoverage> themes, List<Report> reports) {
        int largest = Math.max(1, themes.stream().mapToInt(ThemeCoverage::largest).max().orElse(1));
        List<Key> legend = new ArrayList<>();
        for (int j = 0; j < reports.size(); j++) {
            legend.add(new Key(j % 4, LABEL_WIDTH + j * 170, 12, reports.get(j).metadata().shortName()));
        }
        int rowHeight = reports.size() * BAR + GAP;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            int top = LEGEND + i * rowHeight;
            List<Bar> bars = new ArrayList<>();
            java.util.Map<String, Integer> counts = new java.util.HashMap<>();
            for (ThemeColumn column : themes.get(i).columns()) {
                counts.putIfAbsent(column.reportId(), column.count());
            }
            for (int j = 0; j < reports.size(); j++) {
                String id = reports.get(j).id();
                int count = counts.getOrDefault(id, 0);
                int length = count == 0 ? 0 : Math.max(2, Math.round((float) count * BAR_AREA / largest));
                int y = top + j * BAR;
                bars.add(new Bar(j % 4, LABEL_WIDTH, y + 1, length, BAR - 2, count, LABEL_WIDTH + length + 5, y + BAR - 3));
            }
            rows.add(new Row(shorten(themes.get(i).theme().title()), top + reports.size() * BAR / 2 + 4, bars));
        }
        return new CoverageChart(WIDTH, LEGEND + themes.size() * rowHeight, legend, rows);
    }

    private static String shorten(String title) {
        return title.length() > LONGEST_LABEL ? title.substring(0, LONGEST_LABEL - 1).stripTrailing() + "…" : title;
    }
}
