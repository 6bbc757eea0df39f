package org.edition.ingest.unseen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.EditionMarkers;

/**
 * A text reduced to what the scorer compares: headings, note references with the word before
 * them, note texts, the words of the body block by block, pull quotes and sidebars. Made either
 * from a {@link TruthDocument} directly or from any importer's edition Markdown, so that the two
 * never share a parser.
 *
 * @param headings   headings in order, text without references
 * @param references every note reference, in order, with the key of the word before it
 * @param notes      note texts by label, plain and with whitespace collapsed (the first definition of a label)
 * @param body       the tokens of each body block (heading, paragraph, list item), in order
 * @param pullQuotes plain texts of the pull quotes
 * @param sidebars   plain texts of the sidebars, title included
 */
record ScoredText(List<Heading> headings, List<Reference> references, Map<String, String> notes,
        List<List<String>> body, List<String> pullQuotes, List<String> sidebars) {

    /** A heading: level (1–6) and plain text without references. */
    record Heading(int level, String text) {
    }

    /** A note reference: its label and the key (see {@link Similarity#wordKey}) of the word it is glued to. */
    record Reference(String label, String word) {
    }

    private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\)\\[\\^([^\\]\\s]+)\\](?!:)");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]+)\\]:\\s?(.*)$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^ {0,3}[-*+]\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>\\s?(.*)$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");

    ScoredText {
        headings = List.copyOf(headings);
        references = List.copyOf(references);
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        body = body.stream().map(List::copyOf).toList();
        pullQuotes = List.copyOf(pullQuotes);
        sidebars = List.copyOf(sidebars);
    }

    /** All body tokens in reading order. */
    List<String> bodyTokens() {
        return body.stream().flatMap(List::stream).toList();
    }

    /** The indices in {@link #bodyTokens()} at which a block other than the first begins. */
    List<Integer> blockStarts() {
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (List<String> block : body) {
            if (at > 0 && !block.isEmpty()) {
                starts.add(at);
            }
            at += block.size();
        }
        return starts;
    }

    /** The scored form of a truth document (pull quotes and sidebars included if it has them). */
    static ScoredText of(TruthDocument truth) {
        Builder b = new Builder();
        for (TruthDocument.Block block : truth.blocks()) {
            if (block instanceof TruthDocument.Heading h) {
                b.heading(h.level(), h.text());
            } else if (block instanceof TruthDocument.Paragraph p) {
                b.block(p.text());
            } else if (block instanceof TruthDocument.ListItem item) {
                b.block(item.text());
            } else if (block instanceof TruthDocument.PullQuote q) {
                b.pullQuotes.add(b.inline(q.text()));
            } else if (block instanceof TruthDocument.Sidebar s) {
                b.sidebars.add(b.inline(s.title() + " " + String.join(" ", s.paragraphs())));
            }
        }
        truth.notes().forEach((label, text) -> b.notes.put(label, b.inline(text)));
        return b.build();
    }

    /**
     * Reads edition Markdown as CommonMark would see its blocks: a blank line, a heading, a list
     * item, a block quote or a line holding only a comment ends a paragraph; {@code [^n]:} lines
     * (with indented or lazy continuation lines) are note texts; a pull-quote or sidebar marker
     * claims the block quote after it. Comments are removed wherever they stand.
     */
    static ScoredText ofMarkdown(String markdown) {
        Builder b = new Builder();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            String raw = lines[i];
            String line = MarkdownEscapes.withoutComments(raw);
            Matcher definition = DEFINITION.matcher(line);
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher quote = QUOTE.matcher(line);
            boolean marker = EditionMarkers.is(raw, EditionMarkers.PULL_QUOTE) || EditionMarkers.is(raw, EditionMarkers.SIDEBAR);
            if (line.isBlank() || definition.matches() || heading.matches() || bullet.matches() || quote.matches()
                    || RULE.matcher(line).matches()) {
                b.flush(paragraph);
            }
            if (marker) {
                List<String> quoted = new ArrayList<>();
                i++;
                while (i < lines.length && lines[i].isBlank()) {
                    i++;
                }
                for (Matcher q; i < lines.length && (q = QUOTE.matcher(lines[i])).matches(); i++) {
                    quoted.add(q.group(1));
                }
                String text = b.inline(String.join(" ", quoted));
                (EditionMarkers.is(raw, EditionMarkers.PULL_QUOTE) ? b.pullQuotes : b.sidebars).add(text);
                continue;
            } else if (definition.matches()) {
                StringBuilder note = new StringBuilder(definition.group(2));
                i = continuation(lines, i + 1, note);
                b.notes.putIfAbsent(definition.group(1), b.inline(note.toString()));
                continue;
            } else if (heading.matches()) {
                b.heading(heading.group(1).length(), heading.group(2) == null ? "" : heading.group(2));
            } else if (bullet.matches()) {
                paragraph.append(bullet.group(1));
            } else if (quote.matches()) {
                paragraph.append(quote.group(1));
            } else if (!line.isBlank() && !RULE.matcher(line).matches()) {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
            }
            i++;
        }
        b.flush(paragraph);
        return b.build();
    }

    /** Appends the continuation lines of a note definition; returns the index of the first line after it. */
    private static int continuation(String[] lines, int i, StringBuilder note) {
        boolean afterBlank = false;
        while (i < lines.length) {
            String line = MarkdownEscapes.withoutComments(lines[i]);
            boolean indented = line.startsWith("  ") || line.startsWith("\t");
            boolean startsBlock = DEFINITION.matcher(line).matches() || HEADING.matcher(line).matches()
                    || QUOTE.matcher(line).matches() || BULLET.matcher(line).matches()
                    || (line.isBlank() && !lines[i].isBlank());
            if (line.isBlank() && lines[i].isBlank()) {
                afterBlank = true;
            } else if (indented || (!afterBlank && !startsBlock)) {
                note.append(' ').append(line.strip());
                afterBlank = false;
            } else {
                break;
            }
            i++;
        }
        return i;
    }

    /** Collects the parts of a scored text. */
    private static final class Builder {
        final List<Heading> headings = new ArrayList<>();
        final List<Reference> references = new ArrayList<>();
        final Map<String, String> notes = new LinkedHashMap<>();
        final List<List<String>> body = new ArrayList<>();
        final List<String> pullQuotes = new ArrayList<>();
        final List<String> sidebars = new ArrayList<>();

        void heading(int level, String markdown) {
            String text = inline(markdown);
            headings.add(new Heading(level, text));
            body.add(Similarity.tokens(text));
        }

        void block(String markdown) {
            String text = inline(markdown);
            if (!text.isEmpty()) {
                body.add(Similarity.tokens(text));
            }
        }

        void flush(StringBuilder paragraph) {
            block(paragraph.toString());
            paragraph.setLength(0);
        }

        /**
         * The plain text of a piece of Markdown with its references taken out and recorded, each
         * with the last word before it in the same piece.
         */
        String inline(String markdown) {
            String text = MarkdownEscapes.withoutComments(markdown);
            StringBuilder kept = new StringBuilder();
            Matcher m = REFERENCE.matcher(text);
            int at = 0;
            while (m.find()) {
                kept.append(text, at, m.start());
                List<String> before = Similarity.tokens(MarkdownEscapes.plain(kept.toString()));
                String word = before.isEmpty() ? "" : Similarity.wordKey(before.get(before.size() - 1));
                references.add(new Reference(m.group(1), word));
                at = m.end();
            }
            kept.append(text.substring(at));
            return String.join(" ", Similarity.tokens(MarkdownEscapes.plain(kept.toString())));
        }

        ScoredText build() {
            return new ScoredText(headings, references, notes, body, pullQuotes, sidebars);
        }
    }
}
