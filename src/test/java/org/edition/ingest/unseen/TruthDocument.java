package org.edition.ingest.unseen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.EditionMarkers;

/**
 * A report as its author wrote it: the truth that simulated extractions are made from and that
 * imports are scored against. Read from {@code truth.md}, whose format is described in
 * {@code src/test/resources/unseen/README.md}.
 *
 * @param name   the folder name of the document, like {@code arctic-shipping}
 * @param title  the report title, used by the layouts as a running head (not part of the body)
 * @param series the series line, used by the layouts as a running head or foot
 * @param blocks the body in reading order
 * @param notes  note texts by label, in order
 */
record TruthDocument(String name, String title, String series, List<Block> blocks, Map<String, String> notes) {

    /** A block of the body. Texts keep their {@code [^n]} references. */
    sealed interface Block permits Heading, Paragraph, ListItem, PullQuote, Sidebar {
    }

    /** A heading; level 2 for {@code ##}, 3 for {@code ###}. */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {
    }

    /** One item of a bulleted list. */
    record ListItem(String text) implements Block {
    }

    /** A pull quote: a sentence of the body repeated in large type, placed after the block before it. */
    record PullQuote(String text) implements Block {
    }

    /** A boxed sidebar, laid out inside the paragraph that follows it. */
    record Sidebar(String title, List<String> paragraphs) implements Block {
    }

    static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");
    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]\\s]+)\\]:\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(#{2,3})\\s+(.+)$");

    TruthDocument {
        blocks = List.copyOf(blocks);
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** Reads {@code <dir>/truth.md}. */
    static TruthDocument load(Path dir) {
        try {
            return parse(dir.getFileName().toString(), Files.readString(dir.resolve("truth.md"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the truth document in " + dir, e);
        }
    }

    /**
     * Parses a truth text.
     *
     * @throws IllegalArgumentException naming the line, if a line is not in the format
     */
    static TruthDocument parse(String name, String text) {
        String title = null;
        String series = "";
        List<Block> blocks = new ArrayList<>();
        Map<String, String> notes = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher heading = HEADING.matcher(line);
            Matcher definition = DEFINITION.matcher(line);
            if (line.isEmpty() || line.startsWith("%")) {
                continue;
            } else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("@ series:")) {
                series = line.substring("@ series:".length()).strip();
            } else if (heading.matches()) {
                blocks.add(new Heading(heading.group(1).length(), heading.group(2).strip()));
            } else if (definition.matches()) {
                if (notes.put(definition.group(1), definition.group(2).strip()) != null) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": note " + definition.group(1) + " defined twice");
                }
            } else if (line.startsWith("- ")) {
                blocks.add(new ListItem(line.substring(2).strip()));
            } else if (line.startsWith("> pull:")) {
                blocks.add(new PullQuote(line.substring("> pull:".length()).strip()));
            } else if (line.startsWith("::: sidebar ")) {
                List<String> paragraphs = new ArrayList<>();
                int start = i;
                while (++i < lines.length && !lines[i].strip().equals(":::")) {
                    if (!lines[i].isBlank()) {
                        paragraphs.add(lines[i].strip());
                    }
                }
                if (i == lines.length) {
                    throw new IllegalArgumentException(name + ":" + (start + 1) + ": sidebar without closing ':::'");
                }
                blocks.add(new Sidebar(line.substring("::: sidebar ".length()).strip(), paragraphs));
            } else if (line.startsWith("#") || line.startsWith(">") || line.startsWith(":::") || line.startsWith("@")) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": not in the truth format: " + line);
            } else {
                blocks.add(new Paragraph(line));
            }
        }
        if (title == null) {
            throw new IllegalArgumentException(name + ": the truth document has no '# title' line");
        }
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof Sidebar s && !(b + 1 < blocks.size() && blocks.get(b + 1) instanceof Paragraph)) {
                throw new IllegalArgumentException(name + ": sidebar '" + s.title() + "' must be followed by the paragraph it sits in");
            }
        }
        return new TruthDocument(name, title, series, blocks, notes);
    }

    /** The labels of the references in a text, in order. */
    static List<String> referencesIn(String text) {
        List<String> labels = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }

    /** The document without pull quotes and sidebars, for layouts that have none. */
    TruthDocument withoutFloats() {
        List<Block> kept = blocks.stream().filter(b -> !(b instanceof PullQuote) && !(b instanceof Sidebar)).toList();
        return new TruthDocument(name, title, series, kept, notes);
    }

    /**
     * The edition Markdown a perfect importer would produce: headings, one paragraph per line,
     * lists, pull quotes and sidebars with their markers, author text escaped, bare URLs as
     * autolinks, note definitions at the end.
     */
    String toEditionMarkdown() {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            boolean listContinues = block instanceof ListItem && previous instanceof ListItem;
            if (out.length() > 0) {
                out.append(listContinues ? "\n" : "\n\n");
            }
            if (block instanceof Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(MarkdownEscapes.escape(h.text()));
            } else if (block instanceof Paragraph p) {
                out.append(MarkdownEscapes.escapeBlock(p.text()));
            } else if (block instanceof ListItem item) {
                out.append("- ").append(MarkdownEscapes.escapeBlock(item.text()));
            } else if (block instanceof PullQuote q) {
                out.append(EditionMarkers.PULL_QUOTE).append("\n> ").append(MarkdownEscapes.escape(q.text()));
            } else if (block instanceof Sidebar s) {
                out.append(EditionMarkers.SIDEBAR).append("\n> **").append(MarkdownEscapes.escape(s.title())).append("**");
                for (String paragraph : s.paragraphs()) {
                    out.append("\n>\n> ").append(MarkdownEscapes.escape(paragraph));
                }
            }
            previous = block;
        }
        out.append("\n\n");
        notes.forEach((label, text) -> out.append("[^").append(label).append("]: ")
                .append(MarkdownEscapes.escape(text)).append('\n'));
        return out.toString();
    }
}
