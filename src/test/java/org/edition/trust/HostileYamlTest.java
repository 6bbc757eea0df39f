package org.edition.trust;

import java.util.concurrent.TimeUnit;
import org.edition.diagnostics.EditionException;
import org.edition.ingest.editorial.YamlNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * YAML from strangers builds no object and cannot expand without bound: tags naming Java classes are
 * inert, alias bombs, deep nesting and huge documents stop with a message naming the file and line.
 */
class HostileYamlTest {

    private static EditionException refused(String yaml) {
        return assertThrows(EditionException.class, () -> {
            YamlNode root = YamlNode.parse("hostile.yaml", yaml, 0).orElseThrow();
            // Read it as the edition's readers do, all the way down.
            walk(root, 0);
        });
    }

    private static void walk(YamlNode node, int depth) {
        if (depth > 1000) {
            throw new AssertionError("the tree is deeper than the reader allows");
        }
        if (node.isMapping()) {
            node.entries().values().forEach(v -> walk(v, depth + 1));
        } else {
            for (YamlNode item : node.items()) {
                if (item != node) {
                    if (item.isMapping()) {
                        walk(item, depth + 1);
                    } else {
                        item.text();
                    }
                }
            }
        }
    }

    @Test
    void aTagNamingAJavaClassBuildsNothingAndLoadsNothing() {
        String yaml = """
                title: !!org.edition.trust.Tripwire "boom"
                other: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:1/"]]]]
                third: !<tag:yaml.org,2002:java.lang.ProcessBuilder> [touch, /tmp/edition-yaml-witness]
                """;
        YamlNode root = YamlNode.parse("hostile.yaml", yaml, 0).orElseThrow();
        assertEquals("boom", root.entries().get("title").text(), "a tag is ignored: the value is read as text");
        EditionException e = assertThrows(EditionException.class, () -> root.entries().get("other").text());
        assertTrue(e.getMessage().contains("hostile.yaml:2: error: expected text here, found a list"), e.getMessage());
        assertFalse(Tripwire.Record.tripped, "the YAML reader loaded or constructed the class a tag named");
        assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/edition-yaml-witness")), "a process ran");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aBillionLaughsIsRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }
        EditionException e = refused(yaml.toString());
        assertTrue(e.getMessage().startsWith("hostile.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("alias"), e.getMessage());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void manyAliasesOfOneLongTextAreRefused() {
        StringBuilder yaml = new StringBuilder("long: &t \"" + "x".repeat(100_000) + "\"\nitems:\n");
        for (int i = 0; i < 5_000; i++) {
            yaml.append("  - *t\n");
        }
        EditionException e = refused(yaml.toString());
        assertTrue(e.getMessage().contains("alias"), e.getMessage());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aRecursiveAliasEndsWithAMessage() {
        EditionException e = refused("a: &a [*a, x]\n");
        assertTrue(e.getMessage().startsWith("hostile.yaml:1"), e.getMessage());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void deepFlowNestingIsRefusedWithItsLine() {
        EditionException e = refused("title: x\nlist: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        assertTrue(e.getMessage().startsWith("hostile.yaml:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("nest"), e.getMessage());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void deepBlockNestingIsRefusedWithItsLine() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            yaml.append(" ".repeat(i)).append("k:\n");
        }
        EditionException e = refused(yaml.toString());
        assertTrue(e.getMessage().contains("nest"), e.getMessage());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aHugeDocumentIsRefused() {
        String yaml = "title: \"" + "x".repeat(9_000_000) + "\"\n";
        EditionException e = refused(yaml);
        assertTrue(e.getMessage().startsWith("hostile.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("code points") || e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void manyKeysAreFine() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            yaml.append("k").append(i).append(": v\n");
        }
        assertEquals(20_000, YamlNode.parse("many.yaml", yaml.toString(), 0).orElseThrow().entries().size());
    }
}
