package org.edition.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.diagnostics.Severity;
import org.edition.files.InputFolder;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.ingest.body.ParseCost;
import org.edition.ingest.body.ReportBody;
import org.edition.ingest.body.ReportReader;
import org.edition.ingest.editorial.AnnotationReader;
import org.edition.ingest.editorial.Emendations;
import org.edition.ingest.editorial.GlossaryReader;
import org.edition.ingest.editorial.ThemeReader;
import org.edition.ingest.editorial.YamlNode;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.metadata.DeclaredMetadata;
import org.edition.ingest.metadata.MetadataResolver;
import org.edition.ingest.source.FrontMatter;
import org.edition.ingest.source.SourceDecoder;
import org.edition.ingest.source.SourceText;
import org.edition.model.Edition;
import org.edition.model.EditionMetadata;
import org.edition.model.PublicationDate;
import org.edition.model.Report;
import org.edition.model.SourceInfo;
import org.edition.parallel.EveryCore;

/**
 * The ingest stage: reads the content folder — {@code edition.yaml} and every source in
 * {@code sources/} with its sidecar — and turns it into the edition's model. The only code that
 * reads content.
 */
public final class EditionReader {
    private final Importers importers;
    private final MarkdownEngine engine;
    private final ReportReader reportReader;
    private final IngestMemo memo;

    public EditionReader(Importers importers, MarkdownEngine engine) {
        this(importers, engine, IngestMemo.NONE);
    }

    /** A reader that takes from {@code memo} what it read before from files that have not changed since. */
    public EditionReader(Importers importers, MarkdownEngine engine, IngestMemo memo) {
        this.importers = importers;
        this.engine = engine;
        this.reportReader = new ReportReader(engine);
        this.memo = memo;
    }

    /** The edition read, with every warning met on the way. */
    public record Ingested(Edition edition, List<Diagnostic> diagnostics) {
        public Ingested {
            diagnostics = diagnostics.stream().sorted(Diagnostic.IN_FILE_ORDER).toList();
        }
    }

    /**
     * Reads a content folder.
     *
     * @param content         the content folder
     * @param sourceDateEpoch seconds since 1970 from {@code SOURCE_DATE_EPOCH}, used as the edition's
     *                        date when edition.yaml gives none
     * @throws EditionException (content) naming the file and line of the first unusable input
     */
    public Ingested read(Path content, Optional<Long> sourceDateEpoch) {
        if (!Files.isDirectory(content)) {
            throw EditionException.content(content.toString(), 0,
                    "the content folder does not exist (run from the edition's folder, or give --content DIR)");
        }
        InputFolder folder = InputFolder.of(content, "content", EditionException.Kind.CONTENT);
        List<Diagnostic> diagnostics = new ArrayList<>();
        EditionMetadata metadata = readEditionMetadata(folder, sourceDateEpoch, diagnostics);
        Path sources = content.resolve("sources");
        if (folder.entry(sources) != InputFolder.Entry.FOLDER) {
            throw EditionException.content(sources.toString(), 0,
                    "there is no sources folder: put each report's raw text in " + sources);
        }
        List<Path> entries = folder.list(sources);
        warnAboutOrphanSidecars(folder, entries, diagnostics);
        Emendations emendations = Emendations.read(content, diagnostics);
        List<Report> reports = new ArrayList<>();
        Map<String, String> idOwners = new HashMap<>();
        List<Path> files = sourceFiles(folder, entries);
        Editorial[] editorial = new Editorial[1];
        List<Read> read = readReports(folder, files, emendations, () -> editorial[0] = readEditorial(content));
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Report report = read.get(i).report(diagnostics);
            String owner = idOwners.putIfAbsent(report.id(), file.toString());
            if (owner != null) {
                throw EditionException.content(file.toString(), 0,
                        "report id '" + report.id() + "' is already used by " + owner + "; give one of them another id");
            }
            reports.add(report);
        }
        if (reports.isEmpty()) {
            throw EditionException.content(sources.toString(), 0, "there are no sources in " + sources);
        }
        List<EditionException> unmatched = emendations.unmatched(idOwners.keySet(),
                reports.stream().map(r -> r.source().file()).collect(java.util.stream.Collectors.toSet()));
        if (!unmatched.isEmpty()) {
            throw unmatched.get(0);
        }
        reports.sort(Comparator.comparing((Report r) -> r.metadata().date().map(PublicationDate::iso).orElse("9999"))
                .thenComparing(Report::id));
        Editorial e = editorial[0];
        if (e.failure() != null) {
            throw e.failure();
        }
        diagnostics.addAll(e.diagnostics());
        return new Ingested(new Edition(metadata, reports, e.glossary(), e.annotations(), e.themes(),
                org.edition.model.compare.Comparison.NONE), diagnostics);
    }

    /** The glossary, annotations and themes with their warnings; or what stopped them. */
    private record Editorial(org.edition.model.Glossary glossary, List<org.edition.model.Annotation> annotations,
            List<org.edition.model.Theme> themes, List<Diagnostic> diagnostics, RuntimeException failure) {
    }

    /** Reads the glossary, annotations and themes (one piece of work: the themes name the glossary's entries). */
    private Editorial readEditorial(Path content) {
        List<Diagnostic> own = new ArrayList<>();
        try {
            Path glossaryFile = content.resolve("glossary.yaml");
            org.edition.model.Glossary glossary = remembered("glossary", List.of(glossaryFile),
                    mine -> new GlossaryReader(engine).read(content, mine), own);
            List<org.edition.model.Annotation> annotations = remembered("annotations", List.of(content.resolve("annotations.yaml")),
                    mine -> new AnnotationReader(engine).read(content, mine), own);
            List<org.edition.model.Theme> themes = remembered("themes", List.of(content.resolve("themes.yaml"), glossaryFile),
                    mine -> new ThemeReader(engine).read(content, glossary, mine), own);
            return new Editorial(glossary, annotations, themes, own, null);
        } catch (RuntimeException e) {
            return new Editorial(null, null, null, own, e);
        }
    }

    /** One source read on its own: the report and its warnings, or what stopped it. */
    private record Read(Report read, List<Diagnostic> diagnostics, RuntimeException failure) {
        /** The report, its warnings added to the edition's; or the failure thrown. */
        Report report(List<Diagnostic> into) {
            if (failure != null) {
                throw failure;
            }
            into.addAll(diagnostics);
            return read;
        }
    }

    /**
     * Reads every source, on every core (sources are independent), and meanwhile does the work given
     * alongside (the editorial files, which do not depend on the sources: a seed build's glossary is read
     * while the second core would otherwise wait). The results keep the sources' order, so the warnings
     * and the first failure are those a reading one by one would give; the work alongside keeps its own.
     */
    private List<Read> readReports(InputFolder folder, List<Path> files, Emendations emendations, Runnable alongside) {
        Path content = folder.folder();
        return EveryCore.map(files.size() + 1, i -> {
            if (i == 0) {
                alongside.run();
                return null;
            }
            Path file = files.get(i - 1);
            List<Diagnostic> own = new ArrayList<>();
            try {
                return new Read(remembered("report", List.of(file, file.resolveSibling(stem(file) + ".yaml"),
                        file.resolveSibling(stem(file) + ".yml"), content.resolve("emendations.yaml")),
                        mine -> readReport(folder, file, emendations, mine), own), own, null);
            } catch (RuntimeException e) {
                return new Read(null, own, e);
            }
        }).stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Reads something through the memo, adding the diagnostics reading it gave (or gave before). */
    private <T> T remembered(String what, List<Path> inputs, java.util.function.Function<List<Diagnostic>, T> read,
            List<Diagnostic> diagnostics) {
        IngestMemo.Read<T> r = memo.recall(what, inputs, () -> {
            List<Diagnostic> own = new ArrayList<>();
            T value = read.apply(own);
            return new IngestMemo.Read<>(value, own);
        });
        diagnostics.addAll(r.diagnostics());
        return r.value();
    }

    /**
     * The source files among the entries of the sources folder: every regular, visible file that is not
     * a YAML sidecar, sorted by name (the entries are already checked: no link leads outside, no special file).
     */
    static List<Path> sourceFiles(InputFolder folder, List<Path> entries) {
        return entries.stream()
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .filter(p -> !isSidecar(p))
                .filter(p -> folder.entry(p) == InputFolder.Entry.FILE)
                .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                .toList();
    }

    private static void warnAboutOrphanSidecars(InputFolder folder, List<Path> entries, List<Diagnostic> diagnostics) {
        java.util.Set<String> sourceStems = new java.util.HashSet<>();
        sourceFiles(folder, entries).forEach(s -> sourceStems.add(stem(s)));
        for (Path sidecar : entries.stream().filter(EditionReader::isSidecar).sorted().toList()) {
            String stem = stem(sidecar);
            boolean hasSource = sourceStems.contains(stem);
            if (!hasSource) {
                diagnostics.add(Diagnostic.warning(sidecar.toString(), 0,
                        "this sidecar has no source beside it (a source named " + stem + ".txt or " + stem + ".md); it is ignored"));
            }
        }
    }

    private static boolean isSidecar(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private Report readReport(InputFolder folder, Path file, Emendations emendations, List<Diagnostic> diagnostics) {
        Path content = folder.folder();
        String name = file.toString();
        byte[] bytes = folder.read(file);
        SourceText raw = SourceDecoder.decode(name, bytes);
        FrontMatter frontMatter = FrontMatter.split(raw);
        DeclaredMetadata fromFrontMatter = frontMatter.yaml()
                .flatMap(yaml -> YamlNode.parse(name, yaml, 1))
                .map(DeclaredMetadata::from).orElse(DeclaredMetadata.NONE);
        String stem = stem(file);
        DeclaredMetadata fromSidecar = sidecarOf(folder, file)
                .flatMap(sidecar -> YamlNode.parse(sidecar.toString(), readText(folder, sidecar), 0))
                .map(DeclaredMetadata::from).orElse(DeclaredMetadata.NONE);
        DeclaredMetadata declared = fromSidecar.orElse(fromFrontMatter);

        Importers.Imported imported = importers.importSource(frontMatter.body(), declared.format());
        List<Diagnostic> importErrors = imported.report().diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        if (!importErrors.isEmpty()) {
            throw new EditionException(EditionException.Kind.CONTENT, importErrors, null);
        }
        diagnostics.addAll(imported.report().diagnostics());
        String sourceFile = content.relativize(file).toString().replace('\\', '/');
        String id = MetadataResolver.id(declared, stem);
        Emendations.Applied emended = emendations.apply(id, sourceFile, imported.text().markdown());
        ParseCost.tooCostly(emended.markdown()).ifPresent(p -> {
            throw tooCostly(name, raw.text(), emended.markdown(), p);
        });
        ReportBody body;
        try {
            body = reportReader.read(emended.markdown());
        } catch (EditionException e) {
            // the Markdown engine's errors name no file (see MarkdownEngine.parse): name this one
            if (e.diagnostics().stream().allMatch(d -> d.file().isEmpty())) {
                throw new EditionException(e.kind(), e.diagnostics().stream()
                        .map(d -> d.inFile(name)).toList(), e);
            }
            throw e;
        }
        MetadataResolver.Resolved resolved = MetadataResolver.resolve(name, stem, declared, imported.text().found(),
                body.sections());
        diagnostics.addAll(resolved.warnings());
        SourceInfo source = new SourceInfo(sourceFile, declared.receivedAs(), raw.sha256(), bytes.length);
        return new Report(resolved.metadata(), source, imported.report(), body.sections(), body.notes(),
                emended.emendations());
    }

    /** The refusal of a paragraph too costly to parse, at its line in the source where it can be found there. */
    private static EditionException tooCostly(String name, String source, String markdown, ParseCost.Paragraph p) {
        String text = markdown.substring(p.offset(), p.offset() + p.length()).strip();
        String opening = text.lines().findFirst().orElse("").strip();
        opening = opening.substring(0, Math.min(40, opening.length()));
        // an importer escapes Markdown's characters with backslashes the source does not have
        String unescaped = opening.replace("\\", "");
        int at = unescaped.isEmpty() ? -1 : source.indexOf(unescaped);
        int line = at < 0 ? 0 : (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return EditionException.content(name, line, "a paragraph of " + p.length() + " characters holds " + p.marks()
                + " marks that open code, tags or link addresses (` < ]( ), too many to read: the Markdown parser's work grows"
                + " with their number times the paragraph's length (minutes here); split the paragraph or escape the marks"
                + " with a backslash (it begins \"" + opening + "\")");
    }

    private EditionMetadata readEditionMetadata(InputFolder folder, Optional<Long> sourceDateEpoch, List<Diagnostic> diagnostics) {
        Path file = folder.folder().resolve("edition.yaml");
        Optional<PublicationDate> epochDate = sourceDateEpoch.map(EditionReader::dateOfEpoch);
        if (folder.entry(file) == InputFolder.Entry.MISSING) {
            diagnostics.add(Diagnostic.warning(file.toString(), 0,
                    "there is no edition.yaml: the edition is called \"Edition\" and has no introduction"));
            return new EditionMetadata("Edition", "", List.of(), "", "", "", epochDate, "en", "");
        }
        YamlNode root = YamlNode.parse(file.toString(), readText(folder, file), 0)
                .orElseThrow(() -> EditionException.content(file.toString(), 0, "edition.yaml is empty; it needs at least a title"));
        Map<String, YamlNode> e = root.entries();
        diagnostics.addAll(root.unknownKeys(java.util.Set.of("title", "subtitle", "editors", "introduction",
                "base-url", "licence", "date", "language", "glossary-links")));
        if (!e.containsKey("title")) {
            throw root.error("edition.yaml needs a 'title'");
        }
        List<String> editors = e.containsKey("editors") ? e.get("editors").items().stream().map(YamlNode::text).toList() : List.of();
        Optional<PublicationDate> date = epochDate;
        if (e.containsKey("date")) {
            try {
                date = Optional.of(PublicationDate.parse(e.get("date").text()));
            } catch (IllegalArgumentException ex) {
                throw e.get("date").error(ex.getMessage());
            }
        }
        String introduction = e.containsKey("introduction") ? engine.renderText(e.get("introduction").text()).html() : "";
        String baseUrl = e.containsKey("base-url") ? e.get("base-url").text() : "";
        if (!baseUrl.isEmpty() && !baseUrl.matches("https?://\\S+")) {
            throw e.get("base-url").error("base-url must be an http(s) URL, like https://example.org/edition/");
        }
        String glossaryLinks = text(e, "glossary-links");
        if (!glossaryLinks.isEmpty() && !List.of("first-in-section", "first-in-report", "all", "none").contains(glossaryLinks)) {
            throw e.get("glossary-links").error("glossary-links must be first-in-section, first-in-report, all or none");
        }
        return new EditionMetadata(e.get("title").text(), text(e, "subtitle"), editors, introduction, baseUrl,
                text(e, "licence"), date, text(e, "language"), glossaryLinks);
    }

    private static PublicationDate dateOfEpoch(long seconds) {
        java.time.LocalDate d = java.time.Instant.ofEpochSecond(seconds).atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return new PublicationDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static String text(Map<String, YamlNode> entries, String key) {
        return entries.containsKey(key) ? entries.get(key).text() : "";
    }

    private static Optional<Path> sidecarOf(InputFolder folder, Path source) {
        String stem = stem(source);
        for (String ext : List.of(".yaml", ".yml")) {
            Path sidecar = source.resolveSibling(stem + ext);
            if (folder.entry(sidecar) == InputFolder.Entry.FILE) {
                return Optional.of(sidecar);
            }
        }
        return Optional.empty();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String readText(InputFolder folder, Path file) {
        return SourceDecoder.decode(file.toString(), folder.read(file)).text();
    }
}
