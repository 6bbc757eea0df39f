package org.edition.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the built edition passes the Nu Html Checker (the W3C validator) without errors. */
class HtmlValidityTest {

    /** Runs the Nu Html Checker over a folder in its own JVM; returns its error lines. */
    static List<String> nuErrors(Path folder) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--format", "gnu", "--skip-non-html",
                folder.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the checker did not finish");
        List<String> errors = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isBlank() && !line.startsWith("SLF4J")) {
                errors.add(line);
            }
        }
        return errors;
    }

    @Test
    void everyPageOfTheEditionIsValidHtml() throws Exception {
        List<String> errors = nuErrors(BuiltSeedSite.folder());
        assertEquals(List.of(), errors, "Nu Html Checker errors");
    }

    @Test
    void theCheckerCatchesAnInvalidPage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.html"), "<!DOCTYPE html><html lang=en><title>x</title><p id=a>1<p id=a>2<ul><p></ul>");
        List<String> errors = nuErrors(dir);
        assertTrue(errors.size() >= 2, "expected errors, got " + errors);
    }
}
