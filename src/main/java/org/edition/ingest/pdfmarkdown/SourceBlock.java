package org.edition.ingest.pdfmarkdown;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of the converter's Markdown: a heading, a paragraph, a list item, a rule, a table row, a
 * contents entry or a fenced code block, with the lines of the source it came from.
 *
 * @param kind    what the block is
 * @param text    its text without the block marker: a paragraph's lines joined by spaces, a heading's
 *                words, a list item's text after its number or bullet
 * @param line    1-based line of the source where the block starts
 * @param level   a heading's level (1 for {@code #}), 0 for other blocks
 * @param number  a numbered item's number, or the number in a table row's first cell; 0 otherwise
 * @param raw     the source lines as they are, for blocks written out verbatim (code, tables)
 * @param starts  where each source line starts in {@code text}, in order
 */
public record SourceBlock(Kind kind, String text, int line, int level, int number, String raw,
        List<LineStart> starts) {

    /** The kinds of block the reader tells apart. */
    public enum Kind {
        HEADING, PARAGRAPH, NUMBERED, BULLET, RULE, TABLE_ROW, CONTENTS_ENTRY, CODE
    }

    /** A source line that begins at {@code offset} of a block's text. */
    public record LineStart(int offset, int line) {
    }

    public SourceBlock {
        starts = starts == null || starts.isEmpty() ? List.of(new LineStart(0, line)) : List.copyOf(starts);
    }

    /** A one-line block. */
    static SourceBlock single(Kind kind, String text, int line, int level, int number, String raw) {
        return new SourceBlock(kind, text, line, level, number, raw, List.of(new LineStart(0, line)));
    }

    /** A paragraph of plain text at a line, for tests and for text the importer splits off. */
    public static SourceBlock paragraph(String text, int line) {
        return single(Kind.PARAGRAPH, text, line, 0, 0, text);
    }

    /** The source line on which the character at {@code offset} of {@link #text} stands. */
    public int lineAt(int offset) {
        int found = line;
        for (LineStart s : starts) {
            if (s.offset() <= offset) {
                found = s.line();
            }
        }
        return found;
    }

    /** The source lines the block was read from, in order. */
    public List<Integer> lines() {
        return starts.stream().map(LineStart::line).toList();
    }

    /** This block with another block's text appended after {@code separator}; lines are kept for both. */
    SourceBlock append(String separator, SourceBlock more) {
        int shift = text.length() + separator.length();
        List<LineStart> joined = new ArrayList<>(starts);
        for (LineStart s : more.starts) {
            joined.add(new LineStart(s.offset() + shift, s.line()));
        }
        return new SourceBlock(kind, text + separator + more.text, line, level, number, raw + "\n" + more.raw,
                joined);
    }

    /** This block as another kind, same text and lines. */
    SourceBlock as(Kind other) {
        return new SourceBlock(other, text, line, level, number, raw, starts);
    }

    public boolean is(Kind k) {
        return kind == k;
    }
}
