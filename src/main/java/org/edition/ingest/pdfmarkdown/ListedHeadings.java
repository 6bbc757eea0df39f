package org.edition.ingest.pdfmarkdown;

import java.util.ArrayList;
import java.util.List;
import org.edition.ingest.contents.ContentsTitles;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.importer.WordCount;
import org.edition.ingest.pdfmarkdown.SourceBlock.Kind;

/**
 * Headings a converter wrote as plain paragraphs (a web page's headings styled rather than marked up),
 * found by the titles the contents list names: a short paragraph whose words are a listed title becomes a
 * heading, numbered titles at the level of their number's depth, the others at the top level.
 */
final class ListedHeadings {
    private static final int LONGEST = 200;
    private static final int SHORT_TITLE = 8;
    /** A label of a few words in title case ending with a colon: {@code Disclaimer:}, {@code Author Information:}. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("(\\p{Lu}\\p{L}+(?: \\p{Lu}?\\p{L}+){0,3}):");

    private ListedHeadings() {
    }

    /** The blocks with the listed titles standing as paragraphs turned into headings. */
    static List<SourceBlock> mark(List<SourceBlock> blocks, ContentsTitles titles, ImportLog log) {
        if (titles.isEmpty()) {
            return blocks;
        }
        List<SourceBlock> out = new ArrayList<>();
        int listed = 0;
        for (SourceBlock b : blocks) {
            if (b.is(Kind.PARAGRAPH) && b.text().length() <= LONGEST && titles.lists(b.text())) {
                log.did(Intervention.Kind.HEADING_FROM_CONTENTS, b.line(), b.text());
                out.add(heading(b));
                listed++;
            } else {
                out.add(b);
            }
        }
        return listed >= 2 ? unlisted(out, log) : out;
    }

    /**
     * Where the converter is seen to write listed headings as paragraphs, the unlisted ones it wrote the same
     * way (a summary before the contents, back matter after it): a paragraph of a few words in title case
     * or capitals, without closing punctuation, followed by a paragraph that opens a sentence. A guess.
     */
    private static List<SourceBlock> unlisted(List<SourceBlock> blocks, ImportLog log) {
        List<SourceBlock> out = new ArrayList<>();
        for (SourceBlock b : blocks) {
            out.addAll(splitLabel(b, log));
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            SourceBlock b = out.get(i);
            SourceBlock next = out.get(i + 1);
            String t = b.text().strip();
            boolean titleLike = b.is(Kind.PARAGRAPH) && WordCount.of(t) <= SHORT_TITLE && !t.matches(".*[.,;:!?]$")
                    && Character.isUpperCase(t.codePointAt(0)) && titleCase(t);
            if (titleLike && next.is(Kind.PARAGRAPH) && next.text().length() > t.length() * 3
                    && Character.isUpperCase(next.text().strip().codePointAt(0))) {
                log.guessed(Intervention.Kind.OTHER, b.line(), "short paragraph in title case read as a heading, as the "
                        + "converter wrote the listed headings: " + t);
                out.set(i, heading(b));
            }
        }
        return out;
    }

    /**
     * A paragraph whose first line is a label alone ({@code Disclaimer:}), the text on the lines after it: the
     * label is a heading the converter wrote as a line of text.
     */
    private static List<SourceBlock> splitLabel(SourceBlock b, ImportLog log) {
        if (!b.is(Kind.PARAGRAPH) || b.starts().size() < 2) {
            return List.of(b);
        }
        int second = b.starts().get(1).offset();
        String first = b.text().substring(0, second).strip();
        java.util.regex.Matcher m = LABEL.matcher(first);
        if (!m.matches()) {
            return List.of(b);
        }
        log.guessed(Intervention.Kind.OTHER, b.line(), "label on a line of its own read as a heading: " + first);
        SourceBlock heading = SourceBlock.single(Kind.HEADING, m.group(1), b.line(), 2, 0, first);
        String rest = b.text().substring(second).strip();
        SourceBlock text = new SourceBlock(Kind.PARAGRAPH, rest, b.starts().get(1).line(), 0, 0, rest, null);
        return List.of(heading, text);
    }

    private static boolean titleCase(String text) {
        int words = 0;
        int capitals = 0;
        for (String w : text.split("\\s+")) {
            if (w.length() >= 4) {
                words++;
                capitals += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
            }
        }
        return capitals * 4 >= words * 3;
    }

    private static SourceBlock heading(SourceBlock b) {
        int depth = b.text().matches("\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s.*") ? b.text().split("\\s")[0].split("\\.").length : 0;
        return new SourceBlock(Kind.HEADING, b.text(), b.line(), depth > 0 ? 1 + depth : 2, 0, b.raw(), b.starts());
    }
}
