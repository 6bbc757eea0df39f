package org.edition.link.compare;

import java.util.List;
import java.util.Optional;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.ingest.body.ReportBody;
import org.edition.ingest.body.ReportReader;
import org.edition.model.Author;
import org.edition.model.PublicationDate;
import org.edition.model.Report;
import org.edition.model.ReportMetadata;
import org.edition.model.SourceInfo;

/** Reports made from Markdown text blocks, for the comparison tests. */
final class Reports {
    private static final MarkdownEngine ENGINE = new MarkdownEngine();

    private Reports() {
    }

    /** A report with an id, a publication date ({@code 2017-10}, or empty) and a Markdown body. */
    static Report report(String id, String date, String markdown) {
        ReportBody body = new ReportReader(ENGINE).read(markdown);
        Optional<PublicationDate> published = date.isEmpty() ? Optional.empty() : Optional.of(PublicationDate.parse(date));
        return new Report(new ReportMetadata(id, "Report " + id, "", List.of(new Author("Ann " + id, "")), "", "", "", "",
                published, "", "en"), new SourceInfo("sources/" + id + ".md", "", "", 0), null, body.sections(), body.notes(),
                List.of());
    }
}
