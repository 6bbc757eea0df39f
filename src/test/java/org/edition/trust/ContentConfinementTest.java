package org.edition.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.edition.TestEdition;
import org.edition.cli.ExitCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build reads only regular files inside the content and templates folders: a real link leading
 * outside (to a secret beside the edition), a link to nothing, or a named pipe is refused with its
 * name, the secret reaches no page, and the previous site stays as it was.
 */
class ContentConfinementTest {
    static final String SECRET = "THE-SECRET-OUTSIDE-THE-EDITION";

    @TempDir
    Path dir;
    TestEdition edition;
    Path templates;
    Path secret;
    Map<String, String> previousSite;

    @BeforeEach
    void aGoodSiteAndASecretBesideIt() throws IOException {
        edition = TestEdition.minimal(dir.resolve("edition"));
        templates = dir.resolve("templates");
        PathUtils.copyDirectory(Path.of("templates"), templates);
        assertEquals(0, build().exitCode());
        previousSite = TestEdition.snapshot(edition.site);
        secret = dir.resolve("secret.txt");
        Files.writeString(secret, "## " + SECRET + "\n\n" + SECRET + " paragraph.\n");
    }

    private TestEdition.Run build() {
        return edition.build("templates=" + templates);
    }

    private void assertRefused(int exitCode, String... expected) throws IOException {
        TestEdition.Run run = build();
        assertEquals(exitCode, run.exitCode(), run.out() + run.err());
        for (String e : expected) {
            assertTrue(run.err().contains(e), "message lacks '" + e + "':\n" + run.err());
        }
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals(previousSite, TestEdition.snapshot(edition.site), "the previous site changed");
        try (var files = Files.walk(edition.site)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1).contains(SECRET), p + " holds the secret");
            }
        }
    }

    @Test
    void aSourceLinkedToAFileOutsideIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(edition.content.resolve("sources/beta.md"), secret);
        assertRefused(ExitCodes.CONTENT, link + ": error: leads outside the content folder", secret.toRealPath().toString());
    }

    @Test
    void aSidecarLinkedOutsideIsRefused() throws IOException {
        Files.writeString(dir.resolve("sidecar.yaml"), "title: " + SECRET + "\n");
        Path link = Files.createSymbolicLink(edition.content.resolve("sources/alpha.yaml"), dir.resolve("sidecar.yaml"));
        assertRefused(ExitCodes.CONTENT, link + ": error: leads outside the content folder");
    }

    @Test
    void editorialYamlLinkedOutsideIsRefused() throws IOException {
        Files.writeString(dir.resolve("glossary.yaml"), "- id: s\n  term: secret\n  kind: concept\n  definition: " + SECRET + "\n");
        Path link = Files.createSymbolicLink(edition.content.resolve("glossary.yaml"), dir.resolve("glossary.yaml"));
        assertRefused(ExitCodes.CONTENT, link + ": error: leads outside the content folder");
    }

    @Test
    void editionYamlLinkedOutsideIsRefused() throws IOException {
        Files.writeString(dir.resolve("edition.yaml"), "title: " + SECRET + "\n");
        Path file = edition.content.resolve("edition.yaml");
        Files.delete(file);
        Files.createSymbolicLink(file, dir.resolve("edition.yaml"));
        assertRefused(ExitCodes.CONTENT, file + ": error: leads outside the content folder");
    }

    @Test
    void aSourcesFolderLinkedOutsideIsRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(secret, outside.resolve("beta.md"));
        Path sources = edition.content.resolve("sources");
        PathUtils.deleteDirectory(sources);
        Files.createSymbolicLink(sources, outside);
        assertRefused(ExitCodes.CONTENT, "leads outside the content folder");
    }

    @Test
    void aDanglingLinkIsRefusedWithItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(edition.content.resolve("sources/beta.md"), dir.resolve("gone.md"));
        assertRefused(ExitCodes.CONTENT, link + ": error: is a link to " + dir.resolve("gone.md") + ", which does not exist");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aNamedPipeIsRefusedWithoutBlocking() throws Exception {
        Path fifo = edition.content.resolve("sources/beta.md");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo failed");
        assertRefused(ExitCodes.CONTENT, fifo + ": error: is not a regular file");
    }

    @Test
    void aLinkThatStaysInsideTheContentIsRead() throws IOException {
        Path shared = Files.createDirectories(edition.content.resolve("shared"));
        Files.writeString(shared.resolve("beta.md"), "## Inside\n\nA paragraph from inside the content.\n");
        Files.createSymbolicLink(edition.content.resolve("sources/beta.md"), Path.of("../shared/beta.md"));
        TestEdition.Run run = build();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(edition.page("reports/beta.html").text().contains("A paragraph from inside the content."));
    }

    @Test
    void aTemplateLinkedOutsideIsRefused() throws IOException {
        Files.writeString(dir.resolve("evil.ftlh"), SECRET);
        Path about = templates.resolve("about.ftlh");
        Files.delete(about);
        Files.createSymbolicLink(about, dir.resolve("evil.ftlh"));
        assertRefused(ExitCodes.TEMPLATE, about + ": error: leads outside the templates folder");
    }

    @Test
    void anIncludedTemplateLinkedOutsideIsRefusedAtTheInclude() throws IOException {
        Files.writeString(dir.resolve("evil.ftlh"), SECRET);
        Files.createSymbolicLink(templates.resolve("evil.ftlh"), dir.resolve("evil.ftlh"));
        Path about = templates.resolve("about.ftlh");
        String text = Files.readString(about);
        Files.writeString(about, text.replaceFirst("\n", "\n<#include \"evil.ftlh\">\n"));
        assertRefused(ExitCodes.TEMPLATE, about + ":2:", "cannot include a template", "leads outside the templates folder");
    }

    @Test
    void anAssetLinkedOutsideIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(templates.resolve("assets/secret.css"), secret);
        assertRefused(ExitCodes.TEMPLATE, link + ": error: leads outside the templates folder");
    }

    @Test
    void anAssetFolderLinkIsRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("more-assets"));
        Files.copy(secret, outside.resolve("x.css"));
        Path link = Files.createSymbolicLink(templates.resolve("assets/more"), outside);
        assertRefused(ExitCodes.TEMPLATE, link.toString(), "leads outside the templates folder");
    }
}
