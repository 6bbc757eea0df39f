package org.edition.model;

import java.util.List;
import org.edition.ingest.importer.ImportReport;

/**
 * One report of the edition, read and linked.
 *
 * @param metadata     title, authors, date …
 * @param source       the raw file it comes from
 * @param importReport what the importer did to the raw text
 * @param sections     the sections in reading order
 * @param notes        the authors' notes, in order of their labels' first citation then definition
 * @param emendations  the editors' corrections applied to the text, in order
 */
public record Report(ReportMetadata metadata, SourceInfo source, ImportReport importReport, List<Section> sections,
        List<Note> notes, List<Emendation> emendations) {
    public Report {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
        emendations = List.copyOf(emendations);
    }

    /** The report's id, used in its URL. */
    public String id() {
        return metadata.id();
    }

    /** All numbered paragraphs in reading order. */
    public List<Paragraph> paragraphs() {
        return sections.stream().flatMap(s -> s.paragraphs().stream()).toList();
    }


    /** The sections that have a heading (for the contents). */
    public List<Section> headedSections() {
        return sections.stream().filter(s -> s.level() > 0).toList();
    }

}
