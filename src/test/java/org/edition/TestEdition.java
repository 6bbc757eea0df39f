package org.edition;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.edition.cli.EditionCommand;
import org.edition.ingest.source.SourceDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import picocli.CommandLine;

/**
 * A small edition in a temporary folder for end-to-end tests: content files written from text
 * blocks, the real templates, and the real command line to build it.
 */
public final class TestEdition {
    public final Path root;
    public final Path content;
    public final Path site;

    public TestEdition(Path root) throws IOException {
        this.root = root;
        this.content = root.resolve("content");
        this.site = root.resolve("site");
        Files.createDirectories(content.resolve("sources"));
    }

    /** A tiny edition: edition.yaml and one clean Markdown report with two notes. */
    public static TestEdition minimal(Path root) throws IOException {
        TestEdition e = new TestEdition(root);
        e.write("edition.yaml", """
                title: Test Edition
                editors: [A. Editor]
                introduction: An *introduction*.
                """);
        e.write("sources/alpha.md", """
                ---
                title: Alpha Report
                authors:
                  - name: Ann Author
                    affiliation: Institute
                date: 2019-05
                ---
                ## FIRST SECTION

                The first paragraph cites a note.[^1]

                The second cites another.[^2] And a third that is lost.[^3]

                [^1]: The first note.
                [^2]: The second note, see <https://example.org/x>.
                """);
        return e;
    }

    /** Writes a content file (path relative to content/). */
    public TestEdition write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    /** Writes raw bytes as a content file. */
    public TestEdition writeBytes(String path, byte[] bytes) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    /** The outcome of running the command line. */
    public record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code edition build} on this edition with the repository's templates (or others). */
    public Run build(String... extra) {
        String[] args = Stream.concat(Stream.of("build", "--content", content.toString(),
                "--templates", templatesOf(extra), "--out", site.toString()), Stream.of(extra).filter(a -> !a.startsWith("templates=")))
                .toArray(String[]::new);
        return run(args);
    }

    private static String templatesOf(String[] extra) {
        for (String a : extra) {
            if (a.startsWith("templates=")) {
                return a.substring("templates=".length());
            }
        }
        return Path.of("templates").toAbsolutePath().toString();
    }

    /** Runs the command line with the given arguments, capturing its output. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = EditionCommand.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Parses a page of the built site. */
    public Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    /** Every file of a folder with its bytes, by relative path. */
    public static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), org.edition.ingest.source.SourceDecoder.sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
