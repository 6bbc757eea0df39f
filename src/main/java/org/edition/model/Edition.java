package org.edition.model;

import java.util.List;
import java.util.Optional;
import org.edition.model.compare.Comparison;

/**
 * The whole edition: its metadata and its reports, in the order they are listed (by date, then id).
 *
 * @param metadata    edition-wide metadata
 * @param reports     the reports
 * @param glossary    the glossary (with occurrences once linked)
 * @param annotations the editors' annotations (anchored to paragraphs once linked)
 * @param themes      the themes the editors compare the reports on, in themes.yaml order
 * @param comparison  the comparison of the reports, once linked; {@link Comparison#NONE} before
 */
public record Edition(EditionMetadata metadata, List<Report> reports, Glossary glossary, List<Annotation> annotations,
        List<Theme> themes, Comparison comparison) {
    public Edition {
        reports = List.copyOf(reports);
        annotations = List.copyOf(annotations);
        themes = List.copyOf(themes);
    }

    /** An edition without themes, not yet compared. */
    public Edition(EditionMetadata metadata, List<Report> reports, Glossary glossary, List<Annotation> annotations) {
        this(metadata, reports, glossary, annotations, List.of(), Comparison.NONE);
    }

    /** The same edition with its themes resolved and its reports compared. */
    public Edition compared(List<Theme> resolvedThemes, Comparison result) {
        return new Edition(metadata, reports, glossary, annotations, resolvedThemes, result);
    }

    /** Whether the edition has reports to compare (two or more). */
    public boolean comparable() {
        return reports.size() > 1;
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
