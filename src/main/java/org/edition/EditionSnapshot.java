package org.edition;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.ingest.EditionReader;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.received.ReceivedFiles;
import org.edition.link.EditionLinker;
import org.edition.model.Edition;
import org.edition.model.EditionMetadata;
import org.edition.model.PublicationDate;
import org.edition.publish.SitePublisher;
import org.edition.publish.snapshot.Snapshot;
import org.edition.publish.snapshot.SnapshotPublisher;
import org.edition.render.Site;
import org.edition.render.SiteRenderer;

/**
 * Makes an archival snapshot of the edition: ingest (the edition, and its content and templates verbatim)
 * → link → render → publish the snapshot, one line per stage as in {@link EditionBuild}. The site in the
 * snapshot is the one {@code build} publishes; it does not touch {@code site/}.
 */
public final class EditionSnapshot {

    /**
     * What to snapshot and where.
     *
     * @param content         the content folder
     * @param templates       the templates folder
     * @param out             the snapshot: a new folder, or a {@code .zip} file
     * @param sourceDateEpoch {@code SOURCE_DATE_EPOCH}, if set: the edition's date when edition.yaml gives none
     * @param baseUrl         the address the WARC records the site at, if not edition.yaml's {@code base-url}
     */
    public record Options(Path content, Path templates, Path out, Optional<Long> sourceDateEpoch, Optional<String> baseUrl) {
    }

    /** What was made, and the warnings met on the way. */
    public record Result(Edition edition, Snapshot.Description description, SnapshotPublisher.Written written,
            List<Diagnostic> diagnostics) {
    }

    private final String toolVersion;

    public EditionSnapshot(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /**
     * Makes the snapshot.
     *
     * @throws EditionException for a problem with the input (exit 3, also when the edition has no date or no
     *                          address), the templates (4) or the snapshot's target (5)
     */
    public Result run(Options options) {
        EditionReader reader = new EditionReader(Importers.standard(), new MarkdownEngine());
        EditionReader.Ingested ingested = EditionBuild.stage("ingest", () -> reader.read(options.content(), options.sourceDateEpoch()));
        ReceivedFiles.Received content = EditionBuild.stage("ingest", () -> ReceivedFiles.read(options.content()));
        ReceivedFiles.Received templates = EditionBuild.stage("ingest", () -> ReceivedFiles.read(options.templates()));
        Snapshot.Description description = describe(ingested.edition(), options);
        EditionLinker.Linked linked = EditionBuild.stage("link", () -> new EditionLinker().link(ingested.edition()));
        Site site = EditionBuild.stage("render", () -> new SiteRenderer(options.templates(), toolVersion).render(linked.edition())
                .inMemory());
        SnapshotPublisher.Written written = EditionBuild.stage("publish", () -> new SnapshotPublisher().publish(
                new Snapshot(site, content.files(), templates.files(), description), options.out(),
                new SitePublisher.Protected(options.content(), options.templates())));
        List<Diagnostic> diagnostics = new ArrayList<>(ingested.diagnostics());
        diagnostics.addAll(linked.warnings());
        diagnostics.addAll(content.warnings());
        diagnostics.addAll(templates.warnings());
        diagnostics.sort(Diagnostic.IN_FILE_ORDER);
        return new Result(linked.edition(), description, written, diagnostics);
    }

    /** What the snapshot says about itself, from the edition alone; its date and address are required. */
    private Snapshot.Description describe(Edition edition, Options options) {
        EditionMetadata m = edition.metadata();
        String editionYaml = options.content().resolve("edition.yaml").toString();
        PublicationDate date = m.date().orElseThrow(() -> EditionException.content(editionYaml, 0,
                "a snapshot is dated with the edition's date, and the edition has none: give edition.yaml a date"
                        + " (date: YYYY-MM-DD) or set SOURCE_DATE_EPOCH"));
        String baseUrl = options.baseUrl().orElse(m.baseUrl());
        if (baseUrl.isBlank()) {
            throw EditionException.content(editionYaml, 0, "a snapshot records every file of the site at its URL, and the"
                    + " edition has no address: give edition.yaml a base-url (base-url: https://…/) or pass --base-url URL");
        }
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        if (!base.matches(Snapshot.Description.BASE_URL)) {
            throw EditionException.content(editionYaml, 0, "the snapshot's address must be an http(s) URL like"
                    + " https://example.org/edition/, not " + baseUrl);
        }
        String title = m.title() + (m.subtitle().isBlank() ? "" : ": " + m.subtitle());
        int reports = edition.reports().size();
        String summary = title + ". A snapshot of the edition published at " + base + " (" + reports
                + (reports == 1 ? " report" : " reports") + "): the site as published, its content as received (sources,"
                + " sidecars, the editors' files) with the import reports, and the site as a WARC and a WACZ.";
        String organization = m.editors().isEmpty() ? m.title() : m.editorNames();
        return new Snapshot.Description(m.title(), summary, organization, base,
                LocalDate.of(date.year(), Math.max(date.month(), 1), Math.max(date.day(), 1)), "edition " + toolVersion);
    }
}
