package org.edition.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.commons.io.file.PathUtils;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.ingest.editorial.AnnotationReader;
import org.edition.ingest.metadata.DeclaredMetadata;
import org.edition.ingest.editorial.Emendations;
import org.edition.ingest.source.FrontMatter;
import org.edition.ingest.editorial.GlossaryReader;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.ingest.body.ReportReader;
import org.edition.ingest.source.SourceDecoder;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;
import org.edition.ingest.editorial.ThemeReader;
import org.edition.ingest.editorial.YamlNode;
import org.edition.model.Glossary;

/**
 * Fuzz targets for what strangers send: source files (through the decoder, the front matter, the
 * importers and the Markdown reader the build uses), the editorial YAML files and the front matter.
 * Each input must end within {@link #DEADLINE} — it runs on a worker thread, and an overrun fails as
 * a hang (a hang detector, not a performance assertion) — and throw nothing but an
 * {@link EditionException}, the user's error with file and line.
 *
 * <p>{@code mvn test} runs these on the seed inputs of {@code InputFuzzTestInputs/} (the hangs and
 * stack overflows found so far, kept as regression tests); {@code mvn verify} fuzzes each target for
 * a bounded time with Jazzer ({@code JAZZER_FUZZ=1}, one target per execution, see pom.xml);
 * {@code bench/fuzz.sh} runs the longer campaign.
 */
class InputFuzzTest {
    /** The longest one input may take: generous, since the worst seeds take about a second on a busy machine. */
    static final Duration DEADLINE = Duration.ofSeconds(30);

    /**
     * While fuzzing, longer inputs are skipped so the fuzzer spends its time on many varied inputs
     * rather than a few huge ones (a 100 KB seed takes a second); the seeds, big ones included, are
     * all run in {@code mvn test}.
     */
    static final int MAX_FUZZED_BYTES = 12 * 1024;
    private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();
    private static final MarkdownEngine ENGINE = new MarkdownEngine();
    private static final List<Optional<SourceFormat>> FORMATS = List.of(Optional.of(SourceFormat.PDF_TEXT),
            Optional.of(SourceFormat.PDF_MARKDOWN), Optional.of(SourceFormat.MARKDOWN), Optional.empty());
    private static final List<String> YAML_FILES = List.of("edition.yaml", "glossary.yaml", "annotations.yaml",
            "themes.yaml", "emendations.yaml", "sources/a.yaml");

    /**
     * A source file: the first byte picks the format (pdf-text, pdf-markdown, markdown or sniffed), the
     * rest is the file's bytes; decoded, front matter split off, imported, then read as the build reads it.
     */
    @FuzzTest(maxDuration = "45s")
    void importers(byte[] input) {
        if (input.length == 0 || FUZZING && input.length > MAX_FUZZED_BYTES) {
            return;
        }
        Optional<SourceFormat> format = FORMATS.get(Math.floorMod(input[0], FORMATS.size()));
        byte[] file = java.util.Arrays.copyOfRange(input, 1, input.length);
        withinDeadline(() -> {
            SourceText text = SourceDecoder.decode("fuzzed.txt", file);
            Importers.Imported imported = Importers.standard().importSource(FrontMatter.split(text).body(), format);
            new ReportReader(ENGINE).read(imported.text().markdown());
        });
    }

    /**
     * An editorial YAML file: the first byte picks which (edition.yaml, glossary, annotations, themes,
     * emendations or a sidecar), the rest is its bytes, read by the reader the build uses.
     */
    @FuzzTest(maxDuration = "45s")
    void yamlReaders(byte[] input) throws IOException {
        if (input.length == 0 || FUZZING && input.length > MAX_FUZZED_BYTES) {
            return;
        }
        String name = YAML_FILES.get(Math.floorMod(input[0], YAML_FILES.size()));
        Path content = Files.createTempDirectory("fuzz-content");
        try {
            Path file = content.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, java.util.Arrays.copyOfRange(input, 1, input.length));
            withinDeadline(() -> readYaml(content, name, file));
        } finally {
            PathUtils.deleteDirectory(content);
        }
    }

    /** A source's beginning as front matter: split off, parsed and read as the report's metadata. */
    @FuzzTest(maxDuration = "45s")
    void frontMatter(byte[] input) {
        if (FUZZING && input.length > MAX_FUZZED_BYTES) {
            return;
        }
        withinDeadline(() -> {
            SourceText text = SourceDecoder.decode("fuzzed.md", input);
            FrontMatter split = FrontMatter.split(text);
            split.yaml().flatMap(yaml -> YamlNode.parse("fuzzed.md", yaml, 1)).map(DeclaredMetadata::from);
            if (!split.body().text().isEmpty() && split.body().text().split("\n", -1).length != text.text().split("\n", -1).length) {
                throw new AssertionError("the front matter changed the body's line count");
            }
        });
    }

    private static void readYaml(Path content, String name, Path file) {
        List<Diagnostic> warnings = new ArrayList<>();
        switch (name) {
            case "glossary.yaml" -> new GlossaryReader(ENGINE).read(content, warnings);
            case "annotations.yaml" -> new AnnotationReader(ENGINE).read(content, warnings);
            case "themes.yaml" -> new ThemeReader(ENGINE).read(content, Glossary.EMPTY, warnings);
            case "emendations.yaml" -> Emendations.read(content, warnings);
            default -> YamlNode.readFile(file).ifPresent(root -> {
                if (name.equals("edition.yaml")) {
                    root.entries().values().forEach(v -> v.isMapping());
                } else {
                    DeclaredMetadata.from(root);
                }
            });
        }
    }

    /**
     * Runs one input on a thread of its own (so a hung input cannot hold up the next): an
     * EditionException is a fine answer, anything else a finding.
     */
    private static void withinDeadline(Runnable work) {
        java.util.concurrent.FutureTask<Void> done = new java.util.concurrent.FutureTask<>(work, null);
        Thread worker = new Thread(done, "fuzz-input");
        worker.setDaemon(true);
        worker.start();
        try {
            done.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            done.cancel(true);
            throw new AssertionError("hang: one input took more than " + DEADLINE.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EditionException) {
                return;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new AssertionError(cause);
        }
    }
}
