package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edition.ingest.importer.MarkdownText;

/**
 * A piece of author's text being rebuilt from lines (a paragraph, a heading, a note), with the source
 * line of every part and the markup that will stand inside it: page markers at join points and note
 * references in place of glued note numbers. Only the author's text is escaped when it is written.
 */
public final class TextRun {
    private final StringBuilder text = new StringBuilder();
    private final TreeMap<Integer, Integer> lines = new TreeMap<>();
    private final List<Mark> marks = new ArrayList<>();

    /**
     * Markup inside the text.
     *
     * @param offset where it stands in the plain text
     * @param cut    how many characters of the plain text it replaces (a glued note number)
     * @param markup the markup as written
     */
    public record Mark(int offset, int cut, String markup) {
    }

    /** A run holding one piece of text. */
    public static TextRun of(String text, int line) {
        TextRun run = new TextRun();
        run.append(text, line);
        return run;
    }

    /** Appends text that came from a source line. */
    public void append(String s, int line) {
        if (s.isEmpty()) {
            return;
        }
        lines.putIfAbsent(text.length(), line);
        text.append(s);
    }

    /** Puts markup at the current end. */
    public void mark(String markup) {
        marks.add(new Mark(text.length(), 0, markup));
    }

    /** Replaces {@code cut} characters from {@code offset} by markup. */
    public void replace(int offset, int cut, String markup) {
        marks.add(new Mark(offset, cut, markup));
    }

    /** Drops the last character (a hyphen that broke a word). */
    public void dropLast() {
        text.setLength(text.length() - 1);
        lines.tailMap(text.length(), false).clear();
    }

    /** The plain text, without markup. */
    public String text() {
        return text.toString();
    }

    /** Whether the run holds no text. */
    public boolean isEmpty() {
        return text.length() == 0;
    }

    /** The source line the character at {@code offset} came from. */
    public int lineAt(int offset) {
        Map.Entry<Integer, Integer> e = lines.floorEntry(offset);
        return e == null ? 0 : e.getValue();
    }

    /** The source line where the run begins. */
    public int firstLine() {
        return lines.isEmpty() ? 0 : lines.firstEntry().getValue();
    }

    /** The markup inside the run, in text order. */
    public List<Mark> marks() {
        return marks.stream().sorted(Comparator.comparingInt(Mark::offset)).toList();
    }

    /** The run as edition Markdown opening a block: the author's text escaped, the markup as it is. */
    public String toMarkdown() {
        return toMarkdown(true);
    }

    /**
     * The run as edition Markdown.
     *
     * @param opensBlock whether the text stands at the start of a block, where a leading {@code 1.} or
     *                   {@code -} would be read as a list (false after a heading's {@code ## })
     */
    public String toMarkdown(boolean opensBlock) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Mark m : marks()) {
            out.append(escape(text.substring(at, Math.max(at, m.offset())), opensBlock && at == 0 && out.length() == 0));
            out.append(m.markup());
            at = Math.max(at, m.offset() + m.cut());
        }
        out.append(escape(text.substring(Math.min(at, text.length())), opensBlock && at == 0 && out.length() == 0));
        return out.toString();
    }

    /** Escapes a chunk; only the chunk that opens the block can be mistaken for a block marker. */
    private static String escape(String chunk, boolean opensBlock) {
        if (chunk.isEmpty()) {
            return chunk;
        }
        return opensBlock ? MarkdownText.escape(chunk) : MarkdownText.escape("." + chunk).substring(1);
    }
}
