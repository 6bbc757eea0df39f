package org.edition.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.source.FrontMatter;
import org.edition.ingest.source.SourceDecoder;
import org.edition.ingest.source.SourceFormat;
import org.edition.ingest.source.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every golden import case: {@code src/test/resources/golden/<case>/} holds the input
 * ({@code input.txt}, {@code input.md} or {@code input.pdf}, or a file {@code source} naming a file of the repository),
 * optionally {@code format} with the declared format, and the expected {@code expected.md} and
 * {@code expected-report.txt}. Run with {@code -Dgolden.update=true} to rewrite the expectations,
 * then read the diff before committing.
 */
class GoldenImportTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final boolean UPDATE = "true".equals(System.getProperty("golden.update"));

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            List<String> names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(!names.isEmpty(), "no golden cases found under " + GOLDEN);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importMatchesGolden(String name) throws IOException {
        Path dir = GOLDEN.resolve(name);
        Path input = inputOf(dir);
        byte[] bytes = Files.readAllBytes(input);
        SourceText source = SourceText.looksLikePdf(bytes)
                ? SourceDecoder.decode(input.getFileName().toString(), bytes)
                : SourceText.of(input.getFileName().toString(), new String(bytes, StandardCharsets.UTF_8));
        Optional<SourceFormat> declared = Files.exists(dir.resolve("format"))
                ? SourceFormat.byId(Files.readString(dir.resolve("format")).trim())
                : Optional.empty();
        Importers.Imported imported = Importers.standard().importSource(FrontMatter.split(source).body(), declared);
        check(dir.resolve("expected.md"), imported.text().markdown());
        check(dir.resolve("expected-report.txt"), imported.report().toText());
    }

    static Path inputOf(Path dir) throws IOException {
        if (Files.exists(dir.resolve("source"))) {
            return Path.of(Files.readString(dir.resolve("source")).trim());
        }
        for (String candidate : List.of("input.txt", "input.md", "input.pdf")) {
            if (Files.exists(dir.resolve(candidate))) {
                return dir.resolve(candidate);
            }
        }
        throw new IOException("golden case " + dir + " has no input.txt, input.md, input.pdf or source file");
    }

    static void check(Path expectedFile, String actual) throws IOException {
        if (UPDATE || !Files.exists(expectedFile)) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            if (!UPDATE) {
                throw new AssertionError("wrote missing expectation " + expectedFile + "; review it and run again");
            }
            return;
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual,
                "differs from " + expectedFile + " (rerun with -Dgolden.update=true and review the diff)");
    }
}
