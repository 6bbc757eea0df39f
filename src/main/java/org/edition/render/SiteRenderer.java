package org.edition.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edition.diagnostics.EditionException;
import org.edition.files.InputFolder;
import org.edition.model.Edition;
import org.edition.model.GlossaryEntry;
import org.edition.model.Report;
import org.edition.model.compare.ReportVocabulary;
import org.edition.model.compare.ThemeColumn;
import org.edition.render.search.SearchIndex;

/**
 * The render stage: fills the templates for every page of the edition and gathers the static assets.
 * Pages: {@code index.html} (home), {@code reports/<id>.html}, the glossary's, the annotations' and — with
 * two reports or more — the comparisons' ({@code compare/}); assets from {@code templates/assets/}. A theme's
 * page, a glossary entry's and the timeline grow with the edition: past {@link PageParts#BUDGET} characters
 * of text they are cut into parts ({@code compare/sanctions.2.html} …).
 */
public final class SiteRenderer {
    private final Templates templates;
    private final Path assets;
    private final String toolVersion;
    private final FinishedPages finished;
    private final HtmlFinisher finisher;

    /**
     * A renderer for one render.
     *
     * @param templatesFolder the templates folder (with an {@code assets/} folder inside)
     * @param toolVersion     the builder's version, shown on the pages
     */
    public SiteRenderer(Path templatesFolder, String toolVersion) {
        this(templatesFolder, toolVersion, null);
    }

    private SiteRenderer(Path templatesFolder, String toolVersion, FinishedPages finished) {
        this.templates = new Templates(templatesFolder);
        this.assets = templatesFolder.resolve("assets");
        this.toolVersion = toolVersion;
        this.finished = finished;
        this.finisher = new HtmlFinisher(finished);
    }

    /**
     * A renderer of a site rendered again and again (the preview): it remembers every page it finishes in
     * {@code finished}, and takes the same bytes again for a page whose template writes the same text as
     * last time, even a last time of another renderer with the same memory (see {@link FinishedPages}); the
     * site is the one a fresh renderer makes.
     */
    public static SiteRenderer rendering(Path templatesFolder, String toolVersion, FinishedPages finished) {
        return new SiteRenderer(templatesFolder, toolVersion, finished);
    }

    /**
     * Of the pages made since the last {@link #render}: how many were finished afresh and how many were
     * taken from the render before (always none taken for a renderer of one render).
     *
     * @param finished pages parsed, checked and serialised
     * @param recalled pages whose bytes were taken from the render before
     */
    public record PagesMade(int finished, int recalled) {
    }

    /** The pages made since the last {@link #render}, finished afresh or taken from the render before. */
    public PagesMade pagesMade() {
        return finished == null ? new PagesMade(0, 0) : new PagesMade(finished.finished(), finished.recalled());
    }

    /** Renders the whole site. */
    public Site render(Edition edition) {
        Site site = renderFiles(edition);
        if (finished != null) {
            finished.startRender(site.files().stream().map(SiteFile::path).toList());
        }
        return site;
    }

    private Site renderFiles(Edition edition) {
        List<SiteFile> files = new ArrayList<>();
        TermPages terms = TermPages.of(edition);
        RelatedLinks related = new RelatedLinks(edition.comparison());
        Map<String, Object> common = ComparePages.common(edition);
        files.add(page("index.html", "index.ftlh", edition, Map.of()));
        files.add(page("about.html", "about.ftlh", edition, Map.of()));
        files.add(page("search.html", "search.ftlh", edition, Map.of()));
        if (!edition.glossary().entries().isEmpty()) {
            files.add(page("glossary/index.html", "glossary-index.ftlh", edition, Map.of()));
            for (GlossaryEntry entry : edition.glossary().entries()) {
                String path = idPath("glossary/" + entry.id() + ".html", "glossary.yaml", "the glossary id '" + entry.id() + "'");
                List<TermPages.ReportOccurrences> occurrences = terms.occurrencesByReport(entry);
                PageParts<TermPages.ReportOccurrences> parts = TermPages.occurrenceParts(occurrences, path);
                for (int n = 1; n <= parts.count(); n++) {
                    files.add(page(parts.path(n), "glossary-entry.ftlh", edition, Map.of("entry", entry,
                            "occurrences", occurrences, "shown", parts.groups(n), "part", parts.part(n))));
                }
            }
        }
        if (!edition.annotations().isEmpty()) {
            files.add(page("annotations.html", "annotations.ftlh", edition, Map.of()));
        }
        if (edition.comparable()) {
            files.addAll(comparisonPages(edition, common));
        }
        for (Report report : edition.reports()) {
            idPath(reportPath(report), report.source().file(), "the report id '" + report.id() + "'");
            Citation citation = new Citation(report.metadata());
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("report", report);
            extra.put("citation", citation);
            extra.put("notesStatement", NoteStatements.summary(report));
            extra.put("termsOnPage", terms.linkedIn(report));
            extra.put("annotationsAt", terms.annotationsByParagraph(report));
            extra.put("relatedAt", related.in(report.id()));
            extra.putAll(common);
            files.add(page(reportPath(report), "report.ftlh", edition, extra));
            files.add(text("reports/" + report.id() + ".bib", citation::bibtex));
            files.add(text("import-reports/" + report.id() + ".txt",
                    () -> report.importReport().named(report.source().file()).toFullText()));
            files.add(text("reports/" + report.id() + ".csl.json", citation::cslJson));
        }
        files.addAll(searchFiles(SearchIndex.of(edition)));
        return Site.of(files, assetFiles());
    }

    /** The search index's scripts: its table of contents, its postings parts and its documents parts. */
    private static List<SiteFile> searchFiles(SearchIndex index) {
        List<SiteFile> files = new ArrayList<>();
        files.add(new SiteFile(SearchIndex.CONTENTS, deferred(SearchIndex.CONTENTS, index::contents)));
        for (int n = 0; n < index.postingsParts(); n++) {
            int part = n;
            String path = SearchIndex.FOLDER + "t" + n + ".js";
            files.add(new SiteFile(path, deferred(path, () -> index.postingsPart(part))));
        }
        for (int n = 0; n < index.documentParts(); n++) {
            int part = n;
            String path = SearchIndex.FOLDER + "d" + n + ".js";
            files.add(new SiteFile(path, deferred(path, () -> index.documentsPart(part))));
        }
        return files;
    }

    /**
     * The comparison overview, the timeline and a page per theme, the last two in parts when they are long
     * (see {@link PageParts}); the distinctive vocabulary and the shared sources move off the overview to
     * pages of their own, in parts, when they are too long for it.
     */
    private List<SiteFile> comparisonPages(Edition edition, Map<String, Object> common) {
        List<SiteFile> files = new ArrayList<>();
        PageParts<ReportVocabulary> vocabulary = ComparePages.vocabularyParts(edition);
        PageParts<ComparePages.Cited> sources = ComparePages.sourceParts(edition);
        files.add(page(ComparePages.INDEX, "compare-index.ftlh", edition, ComparePages.overview(edition, common, vocabulary, sources)));
        for (int n = 1; vocabulary.count() > 1 && n <= vocabulary.count(); n++) {
            files.add(page(vocabulary.path(n), "compare-vocabulary.ftlh", edition, ComparePages.vocabularyPage(common, vocabulary, n)));
        }
        for (int n = 1; sources.count() > 1 && n <= sources.count(); n++) {
            files.add(page(sources.path(n), "compare-sources.ftlh", edition, ComparePages.sourcesPage(common, sources, n)));
        }
        PageParts<ComparePages.TimelinePiece> timeline = ComparePages.timelineParts(edition);
        for (int n = 1; n <= timeline.count(); n++) {
            files.add(page(timeline.path(n), "compare-timeline.ftlh", edition, ComparePages.timeline(common, timeline, n)));
        }
        var themes = edition.comparison().themes();
        for (int i = 0; i < themes.size(); i++) {
            String id = themes.get(i).theme().id();
            idPath(ComparePages.themePath(themes.get(i)), "themes.yaml", "the theme id '" + id + "'");
            PageParts<ThemeColumn> parts = ComparePages.themeParts(edition, themes.get(i));
            for (int n = 1; n <= parts.count(); n++) {
                files.add(page(parts.path(n), "compare-theme.ftlh", edition, ComparePages.theme(edition, common, i, parts, n)));
            }
        }
        return files;
    }

    /**
     * A page path made from an id in the content, checked against {@link SitePath}'s rule.
     *
     * @throws EditionException (content) naming the file the id comes from, if the path is not portable
     */
    private static String idPath(String path, String file, String what) {
        SitePath.problem(path).ifPresent(problem -> {
            throw EditionException.content(file, 0, what + " would make the page " + path + ", whose name " + problem
                    + "; give it another id");
        });
        return path;
    }

    private static SiteFile text(String path, java.util.function.Supplier<String> content) {
        return new SiteFile(path, deferred(path, () -> content.get().getBytes(StandardCharsets.UTF_8)));
    }

    /** Makes a file's bytes when they are asked for; a bug on the way names the file. */
    private static SiteFile.Bytes deferred(String path, java.util.function.Supplier<byte[]> make) {
        return () -> naming(path, make::get);
    }

    /** Writes a file when it is asked for; a bug on the way names the file. */
    private static SiteFile.Content deferred(String path, SiteFile.Content write) {
        return out -> naming(path, () -> {
            write.writeTo(out);
            return null;
        });
    }

    /** What makes a file, or some of it. */
    @FunctionalInterface
    private interface Making<T> {
        T make() throws java.io.IOException;
    }

    /** Makes a file or some of it; a bug on the way (not a problem of the input) names the file. */
    private static <T> T naming(String path, Making<T> making) throws java.io.IOException {
        try {
            return making.make();
        } catch (EditionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Site.FileFailure(path, e);
        }
    }

    /** The path of a report's page in the site. */
    public static String reportPath(Report report) {
        return "reports/" + report.id() + ".html";
    }

    private SiteFile page(String path, String template, Edition edition, Map<String, Object> extra) {
        Map<String, Object> model = new LinkedHashMap<>(extra);
        model.put("edition", edition);
        model.put("root", "../".repeat((int) path.chars().filter(c -> c == '/').count()));
        model.put("path", path);
        model.put("toolVersion", toolVersion);
        String root = (String) model.get("root");
        if (finished != null) {
            return new SiteFile(path, (SiteFile.Bytes) () -> naming(path,
                    () -> finisher.finished(path, template, templates.page(template, model), root)));
        }
        return new SiteFile(path, deferred(path, (SiteFile.Content) out -> finisher.finish(path, template, templates.page(template, model),
                root, out)));
    }

    /** The files of {@code templates/assets/}: regular files inside the templates folder only. */
    private List<SiteFile> assetFiles() {
        InputFolder folder = InputFolder.of(assets.getParent(), "templates", EditionException.Kind.TEMPLATE);
        if (folder.entry(assets) != InputFolder.Entry.FOLDER) {
            return List.of();
        }
        List<SiteFile> out = new ArrayList<>();
        for (Path file : folder.walk(assets)) {
            String relative = java.util.stream.StreamSupport.stream(assets.getParent().relativize(file).spliterator(), false)
                    .map(Path::toString).collect(java.util.stream.Collectors.joining("/"));
            SitePath.problem(relative).ifPresent(problem -> {
                throw new EditionException(EditionException.Kind.TEMPLATE, org.edition.diagnostics.Diagnostic.error(
                        file.toString(), 0, "this asset's name " + problem + "; rename it (the site must copy to any machine)"));
            });
            byte[] bytes = folder.read(file);
            if (relative.endsWith(".css") || relative.endsWith(".js")) {
                bytes = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            }
            out.add(SiteFile.of(relative, bytes));
        }
        return out;
    }
}
