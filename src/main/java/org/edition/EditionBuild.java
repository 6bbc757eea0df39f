package org.edition;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.ingest.EditionReader;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.ingest.importer.Importers;
import org.edition.link.EditionLinker;
import org.edition.link.GlossaryCandidates;
import org.edition.model.Edition;
import org.edition.publish.SitePublisher;
import org.edition.render.Site;
import org.edition.render.SiteRenderer;

/**
 * Builds the edition: ingest → link → render → publish, one line per stage. A failure in a stage that is
 * not the user's (a bug) is wrapped with the stage's name.
 */
public final class EditionBuild {

    /**
     * What to build from and where.
     *
     * @param content         the content folder
     * @param templates       the templates folder
     * @param out             the output folder
     * @param sourceDateEpoch {@code SOURCE_DATE_EPOCH}, if set: the edition's date when edition.yaml gives none
     */
    public record Options(Path content, Path templates, Path out, Optional<Long> sourceDateEpoch) {
    }

    /** What the build did. */
    public record Result(Edition edition, Site site, SitePublisher.Published published, List<Diagnostic> diagnostics,
            List<GlossaryCandidates.Candidate> glossaryCandidates) {
    }

    private final String toolVersion;

    public EditionBuild(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /**
     * Runs the build.
     *
     * @throws EditionException for any problem with the input, templates or output
     */
    public Result run(Options options) {
        List<Diagnostic> diagnostics = new java.util.ArrayList<>();
        EditionLinker.Linked linked = readAndLink(options, diagnostics);
        Site site = stage("render", () -> new SiteRenderer(options.templates(), toolVersion).render(linked.edition()));
        SitePublisher.Published published = stage("publish", () -> new SitePublisher().publish(site, options.out(),
                new SitePublisher.Protected(options.content(), options.templates())));
        diagnostics.addAll(linked.warnings());
        diagnostics.sort(Diagnostic.IN_FILE_ORDER);
        return new Result(linked.edition(), site, published, diagnostics, linked.candidates());
    }

    /**
     * The ingest and link stages, in a method of their own so that the edition as read (the reports before
     * linking) is not kept while the site is made.
     */
    private static EditionLinker.Linked readAndLink(Options options, List<Diagnostic> diagnostics) {
        EditionReader reader = new EditionReader(Importers.standard(), new MarkdownEngine());
        EditionReader.Ingested ingested = stage("ingest", () -> reader.read(options.content(), options.sourceDateEpoch()));
        diagnostics.addAll(ingested.diagnostics());
        return stage("link", () -> new EditionLinker().link(ingested.edition()));
    }

    /**
     * Runs one stage: a user's problem ({@link EditionException}) passes through, anything else is a bug
     * and is wrapped with the stage's name.
     */
    public static <T> T stage(String name, Supplier<T> work) {
        try {
            return work.get();
        } catch (EditionException e) {
            throw e;
        } catch (Site.FileFailure e) {
            throw new StageFailure("render", e.getCause());
        } catch (RuntimeException e) {
            throw new StageFailure(name, e);
        }
    }

    /** A bug inside a stage: not the user's fault, reported with the stage's name. */
    public static final class StageFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StageFailure(String stage, Throwable cause) {
            super("internal error in the " + stage + " stage: " + cause, cause);
        }
    }
}
