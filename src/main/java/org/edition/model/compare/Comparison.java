package org.edition.model.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the edition compares across its reports.
 *
 * @param themes        each theme with the passages that address it, in themes.yaml order
 * @param vocabulary    each report's distinctive vocabulary, in the edition's report order
 * @param glossary      the glossary entries shared and unshared
 * @param sources       sources that two reports or more cite (same URL, title or author)
 * @param organisations organisations that two reports or more cite as publisher or issuer
 * @param timeline      the dated events the reports mention, with their publications, in date order
 * @param related       for every paragraph with related passages in other reports, those passages
 */
public record Comparison(List<ThemeCoverage> themes, List<ReportVocabulary> vocabulary, GlossaryComparison glossary,
        List<SharedCitation> sources, List<SharedCitation> organisations, List<TimelineRow> timeline,
        List<ParagraphRelations> related) {

    /** Nothing compared (an edition of one report). */
    public static final Comparison NONE = new Comparison(List.of(), List.of(), GlossaryComparison.EMPTY, List.of(),
            List.of(), List.of(), List.of());

    public Comparison {
        themes = List.copyOf(themes);
        vocabulary = List.copyOf(vocabulary);
        sources = List.copyOf(sources);
        organisations = List.copyOf(organisations);
        timeline = List.copyOf(timeline);
        related = List.copyOf(related);
    }

    /** The theme with this id, if any. */
    public Optional<ThemeCoverage> theme(String id) {
        return themes.stream().filter(t -> t.theme().id().equals(id)).findFirst();
    }

    /** The related passages of one report's paragraphs, by paragraph id, in reading order. */
    public Map<String, List<RelatedPassage>> relatedIn(String reportId) {
        Map<String, List<RelatedPassage>> out = new LinkedHashMap<>();
        for (ParagraphRelations r : related) {
            if (r.paragraph().reportId().equals(reportId)) {
                out.put(r.paragraph().paragraphId(), r.related());
            }
        }
        return out;
    }

    /** The related passages of one paragraph, grouped by the report they are in (for "Related in …" lines). */
    public Map<String, List<RelatedPassage>> relatedByReport(String reportId, String paragraphId) {
        Map<String, List<RelatedPassage>> out = new LinkedHashMap<>();
        for (RelatedPassage p : relatedIn(reportId).getOrDefault(paragraphId, List.of())) {
            out.computeIfAbsent(p.paragraph().reportId(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** How many events the timeline holds (its rows less the publications). */
    public long eventCount() {
        return timeline.stream().filter(r -> !r.isPublication()).count();
    }

    /** The timeline's rows that two reports or more mention. */
    public long sharedEvents() {
        return timeline.stream().filter(TimelineRow::shared).count();
    }
}
