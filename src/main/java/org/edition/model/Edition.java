package org.edition.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole edition: its metadata and its reports, in the order they are listed (by date, then id).
 *
 * @param metadata    edition-wide metadata
 * @param reports     the reports
 * @param glossary    the glossary (with occurrences once linked)
 * @param annotations the editors' annotations (anchored to paragraphs once linked)
 */
public record Edition(EditionMetadata metadata, List<Report> reports, Glossary glossary, List<Annotation> annotations) {
    public Edition {
        reports = List.copyOf(reports);
        annotations = List.copyOf(annotations);
    }

    /** The annotations of one report, in reading order once anchored. */
    public List<Annotation> annotationsOf(String reportId) {
        return annotations.stream().filter(a -> a.reportId().equals(reportId)).toList();
    }

    /** The report with this id, if any. */
    public Optional<Report> report(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
