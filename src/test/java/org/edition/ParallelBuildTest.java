package org.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.edition.ingest.EditionReader;
import org.edition.ingest.importer.Importers;
import org.edition.ingest.body.MarkdownEngine;
import org.edition.model.Paragraph;
import org.edition.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build runs on every core, and the site does not depend on it: the seed edition with ten more reports
 * made of its paragraphs (so that reports share passages, events, terms and sources) builds to the same
 * bytes on one thread (the common pool's parallelism 0: every task run by the thread that asks) as on
 * eight, in child JVMs, and as in this one.
 */
class ParallelBuildTest {

    @Test
    void oneThreadAndEightGiveTheSameBytes(@TempDir Path dir) throws Exception {
        TestEdition e = new TestEdition(dir.resolve("edition"));
        PathUtils.copyDirectory(Path.of("content"), e.content);
        List<Report> seed = new EditionReader(Importers.standard(), new MarkdownEngine()).read(Path.of("content"), Optional.empty())
                .edition().reports();
        List<Paragraph> paragraphs = seed.stream().flatMap(r -> r.paragraphs().stream()).toList();
        Random random = new Random(5);
        for (int r = 0; r < 10; r++) {
            StringBuilder md = new StringBuilder("---\ntitle: Report " + r + "\nauthors:\n  - name: Ann Author" + r
                    + "\ndate: " + (2015 + r % 8) + "-0" + (1 + r % 9) + "\nformat: markdown\n---\n\n## Part one\n\n");
            for (int k = 0; k < 30; k++) {
                if (k == 15) {
                    md.append("## Part two\n\n");
                }
                md.append(paragraphs.get(random.nextInt(paragraphs.size())).text().replaceAll("[*_\\[\\]<>#`\\\\]", " "))
                        .append(k % 4 == 0 ? "[^" + k + "]\n\n[^" + k + "]: Ann Author, “A shared source on arms control”, "
                                + "Some Institute, 2019, https://example.org/shared/" + (k % 3) + ".\n\n" : "\n\n");
            }
            e.write("sources/report-" + r + ".md", md.toString());
        }
        TestEdition.Run here = e.build();
        assertEquals(0, here.exitCode(), here.err());
        assertTrue(here.out().contains("12 reports"), here.out());
        Map<String, String> site = TestEdition.snapshot(e.site);
        for (String parallelism : List.of("0", "8")) {
            Path other = dir.resolve("site-" + parallelism);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(java.toString(), "-Djava.util.concurrent.ForkJoinPool.common.parallelism=" + parallelism,
                    "-cp", System.getProperty("java.class.path"), "org.edition.cli.EditionCommand",
                    "build", "--content", e.content.toString(), "--templates", "templates", "--out", other.toString())
                    .redirectErrorStream(true).start();
            // A build that never ends (threads waiting on each other) must fail the test, not hold up the run.
            var output = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException ex) {
                    return "unreadable: " + ex;
                }
            });
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                org.junit.jupiter.api.Assertions.fail("the build with parallelism " + parallelism + " did not end: " + output.getNow(""));
            }
            assertEquals(0, p.exitValue(), output.get());
            Map<String, String> built = TestEdition.snapshot(other);
            Set<String> paths = new TreeSet<>(site.keySet());
            paths.addAll(built.keySet());
            List<String> differing = paths.stream().filter(f -> !Objects.equals(site.get(f), built.get(f))).toList();
            assertEquals(List.of(), differing, "files that differ when built with parallelism " + parallelism);
        }
        assertTrue(Files.size(e.site.resolve("compare/timeline.html")) > 100_000);
    }
}
