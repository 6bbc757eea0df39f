package org.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edition.publish.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed edition's site, file by file: the SHA-256 of every file the build writes (its manifest) is
 * compared with {@code site-golden/seeds.manifest}. An optimisation must leave it as it is (issue 13:
 * "the site is byte-identical before and after each optimisation"); a change meant to change the pages —
 * a template, an importer, a new feature — updates it with {@code -Dgolden.update=true}, and the diff of
 * the manifest shows which files it changed. Built in this JVM's unusual locale and time zone (see the
 * surefire configuration), so the expectation also holds the build to its determinism.
 */
class SiteGoldenTest {
    private static final Path EXPECTED = Path.of("src/test/resources/site-golden/seeds.manifest");

    @Test
    void theSeedEditionsSiteIsTheOneOnRecord(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        TestEdition.Run run = TestEdition.run("build", "--content", "content", "--templates", "templates", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String actual = Files.readString(out.resolve(Manifest.FILE), StandardCharsets.UTF_8);
        if ("true".equals(System.getProperty("golden.update")) || !Files.exists(EXPECTED)) {
            Files.createDirectories(EXPECTED.getParent());
            Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
            if (!"true".equals(System.getProperty("golden.update"))) {
                fail("wrote the missing expectation " + EXPECTED + "; review it and run again");
            }
            return;
        }
        Map<String, String> expected = digests(Files.readString(EXPECTED, StandardCharsets.UTF_8));
        Map<String, String> made = digests(actual);
        List<String> changes = new ArrayList<>();
        expected.forEach((path, digest) -> {
            if (!made.containsKey(path)) {
                changes.add("no longer made: " + path);
            } else if (!made.get(path).equals(digest)) {
                changes.add("changed: " + path);
            }
        });
        made.keySet().stream().filter(p -> !expected.containsKey(p)).forEach(p -> changes.add("new: " + p));
        if (!changes.isEmpty()) {
            fail("the seed edition's site differs from " + EXPECTED + " in " + changes.size() + " files (" + String.join(", ",
                    changes.subList(0, Math.min(12, changes.size()))) + (changes.size() > 12 ? ", …" : "")
                    + "); if the change is meant, rerun with -Dgolden.update=true and commit the manifest");
        }
    }

    /** Path → SHA-256, from a manifest's lines ("digest  path"). */
    private static Map<String, String> digests(String manifest) {
        Map<String, String> out = new TreeMap<>();
        for (String line : manifest.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split("  ", 2);
                out.put(parts[1], parts[0]);
            }
        }
        return out;
    }
}
