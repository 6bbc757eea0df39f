package org.edition.model.compare;

import java.util.List;

/**
 * The passages of one report that address a theme, in reading order.
 *
 * @param reportId the report
 * @param passages its passages
 */
public record ThemeColumn(String reportId, List<ThemePassage> passages) {
    public ThemeColumn {
        passages = List.copyOf(passages);
    }

    /** How many passages address the theme. */
    public int count() {
        return passages.size();
    }

    /** How many marking terms the passages hold together. */
    public int hits() {
        return passages.stream().mapToInt(ThemePassage::hits).sum();
    }
}
