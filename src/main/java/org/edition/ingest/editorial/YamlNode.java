package org.edition.ingest.editorial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.edition.diagnostics.Diagnostic;
import org.edition.diagnostics.EditionException;
import org.edition.ingest.source.SourceDecoder;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A node of a YAML file read for the edition, which knows its file and line, so every complaint
 * about its content names where it is. Values are read as text; the edition's files hold text,
 * lists of text and mappings.
 */
public final class YamlNode {
    private final String file;
    private final int lineOffset;
    private final Node node;

    private YamlNode(String file, int lineOffset, Node node) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.node = node;
    }

    /**
     * Parses a YAML text.
     *
     * @param file       the file's name for messages
     * @param yaml       the text
     * @param lineOffset lines before the text in its file (for front matter), 0 for a whole file
     * @return the root node, or empty for an empty document
     * @throws EditionException naming the file, line and problem if the YAML is broken or passes
     *                          {@link YamlBounds} (too deep, too many aliases, too large)
     */
    public static Optional<YamlNode> parse(String file, String yaml, int lineOffset) {
        try {
            LoadSettings settings = YamlBounds.settings(file);
            YamlBounds.check(file, yaml, lineOffset, settings);
            return new Compose(settings).composeString(yaml).map(n -> new YamlNode(file, lineOffset, n));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(Mark::getLine).orElse(-1) + 1 + lineOffset;
            int column = e.getProblemMark().map(Mark::getColumn).orElse(-1) + 1;
            String problem = (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem();
            throw new EditionException(EditionException.Kind.CONTENT,
                    new Diagnostic(org.edition.diagnostics.Severity.ERROR, file, line, column,
                            "broken YAML: " + problem), e);
        } catch (YamlEngineException e) {
            throw new EditionException(EditionException.Kind.CONTENT,
                    Diagnostic.error(file, lineOffset, "broken YAML: " + e.getMessage()), e);
        }
    }

    /**
     * Reads an optional YAML file of the content folder: a regular file inside the folder it lies in
     * (a link leading out of it, or a special file, is refused with its name).
     *
     * @return its root node; empty if the file does not exist or holds no document
     * @throws EditionException naming the file (and line) if it cannot be read, is not UTF-8 or is broken YAML
     */
    public static Optional<YamlNode> readFile(java.nio.file.Path file) {
        java.nio.file.Path folder = file.getParent() != null ? file.getParent() : java.nio.file.Path.of(".");
        Optional<byte[]> read = org.edition.files.InputFolder.of(folder, "content", EditionException.Kind.CONTENT)
                .readIfPresent(file);
        if (read.isEmpty() || new String(read.get(), java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return Optional.empty();
        }
        return parse(file.toString(), SourceDecoder.decode(file.toString(), read.get()).text(), 0);
    }

    /** The file this node comes from. */
    public String file() {
        return file;
    }

    /** 1-based line of this node in its file. */
    public int line() {
        return node.getStartMark().map(Mark::getLine).orElse(0) + 1 + lineOffset;
    }

    /**
     * The line where a scalar's text begins: the line after the indicator of a block scalar
     * ({@code |} or {@code >}), the node's own line otherwise.
     */
    public int textLine() {
        boolean block = node instanceof ScalarNode scalar
                && (scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.LITERAL
                || scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.FOLDED);
        return line() + (block ? 1 : 0);
    }

    /** An error about this node. */
    public EditionException error(String message) {
        return EditionException.content(file, line(), message);
    }

    /** A warning about this node. */
    public Diagnostic warning(String message) {
        return Diagnostic.warning(file, line(), message);
    }

    /** The entries of a mapping, in file order. */
    public Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping of 'key: value' lines here");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new YamlNode(file, lineOffset, tuple.getKeyNode()).error("a key must be plain text");
            }
            entries.put(key.getValue(), new YamlNode(file, lineOffset, tuple.getValueNode()));
        }
        return entries;
    }

    /** The items of a sequence; a single scalar counts as a one-item list. */
    public List<YamlNode> items() {
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(new YamlNode(file, lineOffset, item));
            }
            return items;
        }
        if (node instanceof ScalarNode) {
            return List.of(this);
        }
        throw error("expected a list here");
    }

    /** Whether this node is a mapping. */
    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** The node's text; an error if it is a list or mapping. */
    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("expected text here, found a " + (node instanceof SequenceNode ? "list" : "mapping"));
        }
        return scalar.getValue().strip();
    }

    /**
     * Checks a mapping's keys against the known ones and returns a warning for each unknown key,
     * suggesting the nearest known key.
     */
    public List<Diagnostic> unknownKeys(Set<String> known) {
        List<Diagnostic> warnings = new ArrayList<>();
        entries().forEach((key, value) -> {
            if (!known.contains(key)) {
                String nearest = new TreeSet<>(known).stream()
                        .min(Comparator.comparingInt(k -> distance(k, key))).orElse("");
                String hint = distance(nearest, key) <= 2 ? " (did you mean '" + nearest + "'?)" : "";
                warnings.add(Diagnostic.warning(file, value.line(), "unknown key '" + key + "' is ignored" + hint));
            }
        });
        return warnings;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
