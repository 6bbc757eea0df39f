package org.edition.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edition.model.compare.Comparison;
import org.edition.model.compare.ParagraphRelations;
import org.edition.model.compare.RelatedPassage;

/**
 * The "Related in …" lines of the report pages: for each paragraph, its related passages grouped by the
 * report they are in, gathered from the comparison once instead of once per paragraph.
 */
final class RelatedLinks {
    /** Report id → paragraph id → related report id → passages, most similar first. */
    private final Map<String, Map<String, Map<String, List<RelatedPassage>>>> byReport = new HashMap<>();

    RelatedLinks(Comparison comparison) {
        for (ParagraphRelations r : comparison.related()) {
            Map<String, List<RelatedPassage>> grouped = new LinkedHashMap<>();
            for (RelatedPassage p : r.related()) {
                grouped.computeIfAbsent(p.paragraph().reportId(), k -> new ArrayList<>()).add(p);
            }
            byReport.computeIfAbsent(r.paragraph().reportId(), k -> new HashMap<>()).put(r.paragraph().paragraphId(), grouped);
        }
    }

    /** A report's paragraphs with related passages: paragraph id → related report id → passages. */
    Map<String, Map<String, List<RelatedPassage>>> in(String reportId) {
        return byReport.getOrDefault(reportId, Map.of());
    }
}
