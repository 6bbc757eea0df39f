package org.edition.model.compare;

import java.util.List;
import java.util.Optional;
import org.edition.model.Theme;

/**
 * A theme with the passages of every report that address it.
 *
 * @param theme   the theme, its synthesis resolved
 * @param columns one column per report, in the edition's report order
 */
public record ThemeCoverage(Theme theme, List<ThemeColumn> columns) {
    public ThemeCoverage {
        columns = List.copyOf(columns);
    }

    /** The column of one report. */
    public Optional<ThemeColumn> column(String reportId) {
        return columns.stream().filter(c -> c.reportId().equals(reportId)).findFirst();
    }

    /** How many passages address the theme in all reports. */
    public int total() {
        return columns.stream().mapToInt(ThemeColumn::count).sum();
    }

    /** The largest count of any report (for scaling charts). */
    public int largest() {
        return columns.stream().mapToInt(ThemeColumn::count).max().orElse(0);
    }
}
