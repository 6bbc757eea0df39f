package org.edition.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.io.file.PathUtils;
import org.edition.ComparisonEdition;
import org.edition.EditionBuild;
import org.edition.TestEdition;
import org.edition.diagnostics.EditionException;
import org.edition.render.Site;
import org.edition.render.SiteFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warm rebuild after each kind of change gives, byte for byte, the site a full cold build of the same
 * files gives, and reads only what changed.
 */
class WarmBuildTest {

    @Test
    void everyKindOfChangeRebuildsToTheSameBytesAsAFullBuild(@TempDir Path dir) throws IOException {
        TestEdition e = ComparisonEdition.twoReports(dir.resolve("edition"));
        Path templates = copyOfTemplates(dir);
        WarmBuild warm = new WarmBuild(new WarmBuild.Inputs(e.content, templates, Optional.empty()), "test");
        Path out = dir.resolve("cold");

        WarmBuild.Built first = warm.build();
        assertSameAsColdBuild(first, e.content, templates, out, "first build");
        assertEquals(2, first.work().sourcesRead());

        e.write("sources/alpha.md", ComparisonEdition.ALPHA.replace("Gardens and tulips", "Roses and tulips"));
        WarmBuild.Built afterSource = warm.rebuild(List.of(e.content.resolve("sources/alpha.md")));
        assertSameAsColdBuild(afterSource, e.content, templates, out, "after a source edit");
        assertEquals(new WarmBuild.Work(true, 1, 1, false), afterSource.work(), "only the edited source is read again");
        assertTrue(afterSource.pages().recalled() > 0 && afterSource.pages().finished() > 0,
                "pages the edit did not reach are taken from the last build, the others finished again: " + afterSource.pages());

        e.write("sources/beta.yaml", "title: Beta, Revised\nauthors:\n  - name: Bea Writer\ndate: 2020-12\n");
        WarmBuild.Built afterSidecar = warm.rebuild(List.of(e.content.resolve("sources/beta.yaml")));
        assertSameAsColdBuild(afterSidecar, e.content, templates, out, "after a new sidecar");
        assertEquals(new WarmBuild.Work(true, 1, 1, false), afterSidecar.work());

        e.write("glossary.yaml", ComparisonEdition.GLOSSARY.replace("strategic arms", "strategic nuclear arms"));
        WarmBuild.Built afterGlossary = warm.rebuild(List.of(e.content.resolve("glossary.yaml")));
        assertSameAsColdBuild(afterGlossary, e.content, templates, out, "after a glossary edit");
        assertEquals(new WarmBuild.Work(true, 0, 2, false), afterGlossary.work(), "no source is read again");

        e.write("themes.yaml", ComparisonEdition.THEMES.replace("title: Arms control", "title: Arms and their control"));
        WarmBuild.Built afterThemes = warm.rebuild(List.of(e.content.resolve("themes.yaml")));
        assertSameAsColdBuild(afterThemes, e.content, templates, out, "after a themes edit");
        assertEquals(new WarmBuild.Work(true, 0, 2, false), afterThemes.work());

        e.write("annotations.yaml", """
                - id: lowest
                  report: beta
                  kind: context
                  quote:
                    exact: lowest point since the early 1980s
                  body: As the other report says too.
                """);
        WarmBuild.Built afterAnnotation = warm.rebuild(List.of(e.content.resolve("annotations.yaml")));
        assertSameAsColdBuild(afterAnnotation, e.content, templates, out, "after a new annotation");
        assertTrue(new String(file(afterAnnotation.site(), "annotations.html"), StandardCharsets.UTF_8).contains("As the other report says too."));

        e.write("glossary.yaml", ComparisonEdition.GLOSSARY.replace("id: new-start", "id: new-start-treaty"));
        assertThrows(EditionException.class, () -> warm.rebuild(List.of(e.content.resolve("glossary.yaml"))),
                "the themes name new-start: a glossary change is checked against the remembered themes file");
        e.write("glossary.yaml", ComparisonEdition.GLOSSARY.replace("strategic arms", "strategic nuclear arms"));
        assertSameAsColdBuild(warm.rebuild(List.of(e.content.resolve("glossary.yaml"))), e.content, templates, out,
                "after the glossary is put back");

        e.write("emendations.yaml", """
                - report: alpha
                  text: Roses and tulips
                  replacement: Roses and lilies
                  reason: A test of emendations.
                """);
        WarmBuild.Built afterEmendation = warm.rebuild(List.of(e.content.resolve("emendations.yaml")));
        assertSameAsColdBuild(afterEmendation, e.content, templates, out, "after an emendation");
        assertEquals(2, afterEmendation.work().sourcesRead(), "an emendation may touch any report");

        replaceIn(templates.resolve("layout.ftlh"), "</footer>", "<p>Edited footer.</p></footer>");
        WarmBuild.Built afterTemplate = warm.rebuild(List.of(templates.resolve("layout.ftlh")));
        assertSameAsColdBuild(afterTemplate, e.content, templates, out, "after a template edit");
        assertEquals(new WarmBuild.Work(false, 0, 0, true), afterTemplate.work(), "content is not read again");
        assertEquals(0, afterTemplate.pages().recalled(), "the footer is on every page: " + afterTemplate.pages());
        assertTrue(new String(file(afterTemplate.site(), "index.html"), StandardCharsets.UTF_8).contains("Edited footer."));

        Files.writeString(templates.resolve("assets/edition.css"), "\n/* edited */\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        WarmBuild.Built afterAsset = warm.rebuild(List.of(templates.resolve("assets/edition.css")));
        assertSameAsColdBuild(afterAsset, e.content, templates, out, "after a stylesheet edit");
        assertEquals(0, afterAsset.pages().finished(), "no page changed, so none is finished again: " + afterAsset.pages());
        assertSame(fileOf(afterTemplate.site(), "index.html").bytes(), fileOf(afterAsset.site(), "index.html").bytes(),
                "a page taken again is the very bytes served before, not a copy (the preview holds its site once)");
        assertTrue(afterAsset.pages().recalled() > 3, afterAsset.pages().toString());

        WarmBuild.Built afterTouch = warm.rebuild(List.of(e.content.resolve("sources/alpha.md")));
        assertSameAsColdBuild(afterTouch, e.content, templates, out, "after a save without change");
        assertEquals(new WarmBuild.Work(true, 0, 2, false), afterTouch.work());
    }

    @Test
    void aBrokenChangeFailsAndTheNextGoodOneBuildsAsAFullBuildWould(@TempDir Path dir) throws IOException {
        TestEdition e = ComparisonEdition.twoReports(dir.resolve("edition"));
        Path templates = copyOfTemplates(dir);
        WarmBuild warm = new WarmBuild(new WarmBuild.Inputs(e.content, templates, Optional.empty()), "test");
        warm.build();
        Path out = dir.resolve("cold");

        e.write("glossary.yaml", "- id: inf-treaty\n  term: [broken\n");
        EditionException broken = assertThrows(EditionException.class,
                () -> warm.rebuild(List.of(e.content.resolve("glossary.yaml"))));
        assertEquals(EditionException.Kind.CONTENT, broken.kind());
        assertTrue(broken.diagnostics().get(0).file().endsWith("glossary.yaml"), broken.getMessage());

        // A template edit while the content is broken must not render the last good content as if it were current.
        replaceIn(templates.resolve("layout.ftlh"), "</footer>", "<p>Edited.</p></footer>");
        assertThrows(EditionException.class, () -> warm.rebuild(List.of(templates.resolve("layout.ftlh"))));

        e.write("glossary.yaml", ComparisonEdition.GLOSSARY);
        WarmBuild.Built fixed = warm.rebuild(List.of(e.content.resolve("glossary.yaml")));
        assertSameAsColdBuild(fixed, e.content, templates, out, "after the fix");

        replaceIn(templates.resolve("report.ftlh"), "content=\"${m.fullTitle}\"", "content=\"${m.fullTitel}\"");
        EditionException template = assertThrows(EditionException.class,
                () -> warm.rebuild(List.of(templates.resolve("report.ftlh"))));
        assertEquals(EditionException.Kind.TEMPLATE, template.kind());
        replaceIn(templates.resolve("report.ftlh"), "content=\"${m.fullTitel}\"", "content=\"${m.fullTitle}\"");
        assertSameAsColdBuild(warm.rebuild(List.of(templates.resolve("report.ftlh"))), e.content, templates, out,
                "after the template fix");

        // A page the finisher's check refuses is never taken from the last build, even after a good one.
        replaceIn(templates.resolve("layout.ftlh"), "<#nested>", "<#nested><p id=\"main\">twice</p>");
        EditionException duplicate = assertThrows(EditionException.class,
                () -> warm.rebuild(List.of(templates.resolve("layout.ftlh"))));
        assertTrue(duplicate.getMessage().contains("has the id 'main' twice"), duplicate.getMessage());
        assertThrows(EditionException.class, () -> warm.rebuild(List.of(templates.resolve("layout.ftlh"))),
                "saved again unchanged, it fails again");
        replaceIn(templates.resolve("layout.ftlh"), "<#nested><p id=\"main\">twice</p>", "<#nested>");
        assertSameAsColdBuild(warm.rebuild(List.of(templates.resolve("layout.ftlh"))), e.content, templates, out,
                "after the duplicate id is taken out");
    }

    @Test
    void theRealEditionRebuildsAfterASourceEditToTheSameBytesAsAFullBuild(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        PathUtils.copyDirectory(Path.of("content"), content);
        Path templates = copyOfTemplates(dir);
        WarmBuild warm = new WarmBuild(new WarmBuild.Inputs(content, templates, Optional.empty()), "test");
        warm.build();
        Path source = content.resolve("sources/lo-2017.txt");
        String text = Files.readString(source, StandardCharsets.UTF_8);
        assertTrue(text.contains("lowest ebb"));
        Files.writeString(source, text.replaceFirst("lowest ebb", "lowest point"), StandardCharsets.UTF_8);
        WarmBuild.Built rebuilt = warm.rebuild(List.of(source));
        assertEquals(new WarmBuild.Work(true, 1, 1, false), rebuilt.work());
        assertSameAsColdBuild(rebuilt, content, templates, dir.resolve("cold"), "after editing lo-2017.txt");
        assertTrue(new String(file(rebuilt.site(), "reports/lo-2017.html"), StandardCharsets.UTF_8).contains("lowest point since the end"));
    }

    static Path copyOfTemplates(Path dir) throws IOException {
        Path templates = dir.resolve("templates");
        PathUtils.copyDirectory(Path.of("templates"), templates);
        return templates;
    }

    static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static byte[] file(Site site, String path) {
        return fileOf(site, path).bytes();
    }

    private static SiteFile fileOf(Site site, String path) {
        return site.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    /** Builds the same folders cold, in a fresh builder, and compares every file's bytes. */
    private static void assertSameAsColdBuild(WarmBuild.Built warm, Path content, Path templates, Path out, String when)
            throws IOException {
        if (Files.exists(out)) {
            PathUtils.deleteDirectory(out);
        }
        EditionBuild.Result cold = new EditionBuild("test").run(new EditionBuild.Options(content, templates, out, Optional.empty()));
        Map<String, String> coldFiles = digests(cold.site());
        Map<String, String> warmFiles = digests(warm.site());
        assertEquals(coldFiles.keySet(), warmFiles.keySet(), when + ": the same files");
        List<String> differing = coldFiles.keySet().stream().filter(p -> !coldFiles.get(p).equals(warmFiles.get(p))).toList();
        assertEquals(List.of(), differing, when + ": files whose bytes differ from a full build's");
        assertEquals(TestEdition.snapshot(out).size() - 1, warmFiles.size(), "the published site holds the same files and its manifest");
        assertEquals(cold.diagnostics(), warm.diagnostics(), when + ": the same diagnostics");
        assertEquals(cold.glossaryCandidates(), warm.candidates(), when + ": the same glossary candidates");
        assertFalse(warmFiles.isEmpty());
    }

    private static Map<String, String> digests(Site site) {
        Map<String, String> files = new TreeMap<>();
        for (SiteFile f : site.files()) {
            files.put(f.path(), org.edition.ingest.source.SourceDecoder.sha256(f.bytes()));
        }
        return files;
    }
}
