package org.edition.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole edition: its metadata and its reports, in the order they are listed (by date, then id).
 *
 * @param metadata edition-wide metadata
 * @param reports  the reports
 */
public record Edition(EditionMetadata metadata, List<Report> reports) {
    public Edition {
        reports = List.copyOf(reports);
    }

    /** The report with this id, if any. */
    public Optional<Report> report(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
