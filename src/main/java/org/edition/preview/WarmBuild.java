package org.edition.preview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.edition.EditionBuild;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.ingest.EditionReader;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.link.EditionLinker;
import org.edition.link.GlossaryCandidates;
import org.edition.model.Edition;
import org.edition.render.FinishedPages;
import org.edition.render.Site;
import org.edition.render.SiteRenderer;

/**
 * The edition built again and again in one process, for the preview: ingest → link → render, as
 * {@link EditionBuild} does, but nothing is published, and what a change cannot have touched is kept
 * from the last build — the Markdown engine and importers always, the reports of unchanged source
 * files and the glossary, annotations and themes of unchanged files (by the content of their files), the
 * whole linked edition when only templates changed, the parsed templates when only content changed, and
 * the finished bytes of every page whose template wrote the same text as last time. The site is
 * byte-identical to a full build's.
 *
 * <p>Not thread-safe: the preview runs one build at a time.
 */
public final class WarmBuild {

    /**
     * What to build from.
     *
     * @param content         the content folder
     * @param templates       the templates folder
     * @param sourceDateEpoch {@code SOURCE_DATE_EPOCH}, if set
     */
    public record Inputs(Path content, Path templates, Optional<Long> sourceDateEpoch) {
    }

    /**
     * What a build did.
     *
     * @param edition     the linked edition
     * @param site        the rendered site, as a full build would publish it (without the manifest)
     * @param diagnostics every warning and note, in file order
     * @param candidates  the glossary candidates
     * @param work        which stages ran and how many sources were read
     * @param pages       how many pages were finished afresh, and how many taken from the last build
     *                    because their templates wrote the same text
     */
    public record Built(Edition edition, Site site, List<Diagnostic> diagnostics,
            List<GlossaryCandidates.Candidate> candidates, Work work, SiteRenderer.PagesMade pages) {
    }

    /**
     * The work a build did.
     *
     * @param readContent     whether content was read and linked (else the last edition was kept)
     * @param sourcesRead     sources read from their files
     * @param sourcesRecalled sources whose files had not changed, taken from the last build
     * @param newTemplates    whether the templates were loaded afresh
     */
    public record Work(boolean readContent, int sourcesRead, int sourcesRecalled, boolean newTemplates) {
    }

    private final Inputs inputs;
    private final String toolVersion;
    private final Path contentRoot;
    private final Path templatesRoot;
    private final MarkdownEngine engine = new MarkdownEngine();
    private final Importers importers = Importers.standard();
    private final RememberedReads reports = new RememberedReads();
    private final FinishedPages finishedPages = new FinishedPages();
    private SiteRenderer renderer;
    private EditionReader.Ingested ingested;
    private EditionLinker.Linked linked;
    private boolean contentChanged = true;
    private boolean templatesChanged = true;

    /**
     * @param inputs      the folders to build from
     * @param toolVersion the builder's version, shown on the pages
     */
    public WarmBuild(Inputs inputs, String toolVersion) {
        this.inputs = inputs;
        this.toolVersion = toolVersion;
        this.contentRoot = inputs.content().toAbsolutePath().normalize();
        this.templatesRoot = inputs.templates().toAbsolutePath().normalize();
    }

    /** The first build: everything is read. */
    public Built build() {
        return rebuild(List.of());
    }

    /**
     * Practises: builds the same folders in a builder of its own, then again as after a save, and forgets
     * both. Nothing of this builder changes; the point is to run the code every build runs, so that the
     * JIT has compiled it before the editor's first saves rather than during them.
     *
     * @return whether the practice builds succeeded (if not, practising more is pointless)
     */
    public boolean practise() {
        WarmBuild practice = new WarmBuild(inputs, toolVersion);
        try {
            practice.build();
            practice.rebuild(List.of(contentRoot));
            return true;
        } catch (RuntimeException e) {
            // The real build reports every problem; a practice build only warms up.
            return false;
        }
    }

    /**
     * Builds again after files changed. A file outside both folders counts as both kinds of change.
     *
     * @param changed the files that changed since the last build (absolute or relative to the working folder)
     * @throws EditionException for a problem with the content or templates; the next build starts from
     *                          the last good state
     */
    public Built rebuild(Collection<Path> changed) {
        for (Path p : changed) {
            Path file = p.toAbsolutePath().normalize();
            boolean template = file.startsWith(templatesRoot);
            boolean content = file.startsWith(contentRoot);
            templatesChanged |= template || !content;
            contentChanged |= content || !template;
        }
        boolean readContent = contentChanged;
        if (readContent) {
            reports.startBuild();
            EditionReader reader = new EditionReader(importers, engine, reports);
            EditionReader.Ingested freshIngested;
            EditionLinker.Linked freshLinked;
            try {
                freshIngested = EditionBuild.stage("ingest", () -> reader.read(inputs.content(), inputs.sourceDateEpoch()));
                freshLinked = EditionBuild.stage("link", () -> new EditionLinker().link(freshIngested.edition()));
            } catch (RuntimeException e) {
                reports.abandonBuild();
                throw e;
            }
            ingested = freshIngested;
            linked = freshLinked;
            contentChanged = false;
        }
        boolean newTemplates = templatesChanged;
        if (newTemplates) {
            renderer = EditionBuild.stage("render", () -> SiteRenderer.rendering(inputs.templates(), toolVersion, finishedPages));
        }
        Site site = EditionBuild.stage("render", () -> renderer.render(linked.edition()).inMemory());
        templatesChanged = false;
        List<Diagnostic> diagnostics = new ArrayList<>(ingested.diagnostics());
        diagnostics.addAll(linked.warnings());
        diagnostics.sort(Diagnostic.IN_FILE_ORDER);
        return new Built(linked.edition(), site, List.copyOf(diagnostics), linked.candidates(),
                new Work(readContent, readContent ? reports.read() : 0, readContent ? reports.recalled() : 0, newTemplates),
                renderer.pagesMade());
    }
}
