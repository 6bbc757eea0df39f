package org.edition.publish.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.edition.ingest.received.ReceivedFile;
import org.edition.render.Site;

/**
 * What a snapshot holds: the rendered site, the content and templates as received, and what the
 * package says about itself.
 *
 * @param site        the site as rendered (the publish stage adds its manifest, as for {@code build})
 * @param content     the content folder's files, verbatim
 * @param templates   the templates folder's files, verbatim
 * @param description the package's description
 */
public record Snapshot(Site site, List<ReceivedFile> content, List<ReceivedFile> templates, Description description) {
    public Snapshot {
        Objects.requireNonNull(site, "site");
        content = List.copyOf(content);
        templates = List.copyOf(templates);
        Objects.requireNonNull(description, "description");
    }

    /**
     * What the snapshot says about the edition, all of it from the edition itself so the package does not
     * depend on when or where it was made.
     *
     * @param title        the edition's title
     * @param summary      one sentence saying what the edition is (bag-info's External-Description)
     * @param organization who transfers it (bag-info's Source-Organization): the editors
     * @param baseUrl      the address the edition is published at, ending in {@code /}: every WARC record's
     *                     URL is under it
     * @param date         the edition's date: the WARC records' date, the Bagging-Date, the zip entries' date
     * @param software     the tool and version that made the snapshot ({@code edition 0.1.0})
     */
    public record Description(String title, String summary, String organization, String baseUrl, LocalDate date,
            String software) {
        /** What a base URL looks like: http(s), a host, a path ending in {@code /}, no spaces. */
        public static final String BASE_URL = "https?://[^\\s/?#]+(/[^\\s?#]*)?/";

        public Description {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(software, "software");
            if (!baseUrl.matches(BASE_URL)) {
                throw new IllegalArgumentException("not an http(s) base URL ending in /: " + baseUrl);
            }
        }

        /** The date as an instant: midnight UTC. */
        public Instant instant() {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }
}
