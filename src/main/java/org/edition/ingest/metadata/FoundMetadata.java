package org.edition.ingest.metadata;

import java.util.List;

/**
 * Metadata an importer read in the text itself; every field may be empty.
 *
 * @param title     the report's title
 * @param subtitle  its subtitle
 * @param authors   author names with their affiliations, as printed
 * @param publisher the publishing institution
 * @param date      the date as printed
 */
public record FoundMetadata(String title, String subtitle, List<FoundAuthor> authors, String publisher,
        String date) {

    /** Nothing found. */
    public static final FoundMetadata NONE = new FoundMetadata("", "", List.of(), "", "");

    public FoundMetadata {
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        authors = authors == null ? List.of() : List.copyOf(authors);
        publisher = publisher == null ? "" : publisher;
        date = date == null ? "" : date;
    }

    /** An author as printed on a cover or title block. */
    public record FoundAuthor(String name, String affiliation) {
        public FoundAuthor {
            name = name == null ? "" : name;
            affiliation = affiliation == null ? "" : affiliation;
        }
    }
}
