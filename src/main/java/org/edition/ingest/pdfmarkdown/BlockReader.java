package org.edition.ingest.pdfmarkdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.WordCount;
import org.edition.ingest.pdfmarkdown.SourceBlock.Kind;
import org.edition.ingest.pdfmarkdown.SourceBlock.LineStart;

/**
 * Cuts the converter's Markdown into {@link SourceBlock}s. A list item, a numbered item (a body list
 * item or a note: the reader does not decide), a table row and a dotted contents entry are each a block
 * of their own, even without a blank line between them; the lines of a paragraph are joined by spaces.
 * A table row whose first cell is a number ({@code | 12. | text |}) keeps that number and the text of
 * its other cells, in case it is a note of a notes section.
 */
public final class BlockReader {
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    /** {@code 12. text}, {@code 12) text}, {@code [12] text}, {@code - 12. text}, {@code <sup>12</sup> text}, {@code ¹² text}. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^ {0,3}(?:[-*+]\\s+)?(?:(?:(\\d{1,3})[.)]|\\[(\\d{1,3})\\])(?:\\s+|$)|<sup>\\s*(\\d{1,3})\\s*</sup>\\s*"
            + "|([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2})\\s*)(.*)$");
    private static final Pattern BULLET = Pattern.compile("^ {0,3}[-*+]\\s+(.*)$");
    /** A table row, with or without the closing pipe (converters differ): {@code | a | b |}, {@code | a | b}. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*\\|.*$");
    /** A table row holding a note: {@code | 12. | text |}, {@code | 12 | text |} or {@code | 12. | text}. */
    private static final Pattern NOTE_ROW = Pattern.compile("^\\s*\\|\\s*\\[?(\\d{1,3})[.)\\]]?\\s*\\|(.*?)\\|?\\s*$");
    /** {@code Introduction ..... 2}, dots or an ellipsis as leaders, or a tab before the page number. */
    private static final Pattern CONTENTS = Pattern.compile(
            "^(.+?)\\s*(?:(?:\\.\\s?){3,}|…+|\\t)\\s*(\\d{1,4}|[ivxlcdm]{1,6})\\s*$");
    /** No contents entry is this long; a longer line is not tried (the regex is quadratic in its blanks). */
    private static final int MAX_CONTENTS_ENTRY = 2000;

    private BlockReader() {
    }

    /**
     * Reads the blocks of a source.
     *
     * @param lines the source lines, line {@code n} at index {@code n - 1}
     * @return the blocks in source order; blank lines are not blocks
     */
    public static List<SourceBlock> read(List<String> lines) {
        List<SourceBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (FENCE.matcher(line).find()) {
                i = readFence(lines, i, blocks);
            } else {
                i = readBlock(lines, i, blocks);
            }
        }
        return blocks;
    }

    private static int readFence(List<String> lines, int start, List<SourceBlock> blocks) {
        Matcher open = FENCE.matcher(lines.get(start));
        open.find();
        String fence = open.group(1);
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).trim().startsWith(fence)) {
            end++;
        }
        end = Math.min(end, lines.size() - 1);
        List<LineStart> starts = new ArrayList<>();
        for (int k = start; k <= end; k++) {
            starts.add(new LineStart(0, k + 1));
        }
        String raw = String.join("\n", lines.subList(start, end + 1));
        blocks.add(new SourceBlock(Kind.CODE, raw, start + 1, 0, 0, raw, starts));
        return end + 1;
    }

    private static int readBlock(List<String> lines, int i, List<SourceBlock> blocks) {
        String line = lines.get(i);
        int lineNo = i + 1;
        Matcher m;
        if ((m = HEADING.matcher(line)).matches()) {
            blocks.add(SourceBlock.single(Kind.HEADING, m.group(2).trim(), lineNo, m.group(1).length(), 0, line));
            return i + 1;
        }
        if (isRule(line)) {
            blocks.add(SourceBlock.single(Kind.RULE, line.trim(), lineNo, 0, 0, line));
            return i + 1;
        }
        if ((m = NOTE_ROW.matcher(line)).matches()) {
            String cells = m.group(2).replaceAll("\\s*\\|\\s*", " ").trim();
            blocks.add(SourceBlock.single(Kind.TABLE_ROW, cells, lineNo, 0, Integer.parseInt(m.group(1)), line));
            return i + 1;
        }
        if (TABLE_ROW.matcher(line).matches()) {
            blocks.add(SourceBlock.single(Kind.TABLE_ROW, line.trim(), lineNo, 0, 0, line));
            return i + 1;
        }
        if (isContentsEntry(line) && !NUMBERED.matcher(line).matches()) {
            blocks.add(SourceBlock.single(Kind.CONTENTS_ENTRY, line.trim(), lineNo, 0, 0, line));
            return i + 1;
        }
        if ((m = NUMBERED.matcher(line)).matches()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : UnicodeSuperscripts.digits(m.group(4));
            return readItem(lines, i, Kind.NUMBERED, m.group(5), Integer.parseInt(number), blocks);
        }
        if ((m = BULLET.matcher(line)).matches()) {
            return readItem(lines, i, Kind.BULLET, m.group(1), 0, blocks);
        }
        return readParagraph(lines, i, blocks);
    }

    private static int readItem(List<String> lines, int i, Kind kind, String first, int number,
            List<SourceBlock> blocks) {
        StringBuilder text = new StringBuilder(clean(first));
        List<LineStart> starts = new ArrayList<>(List.of(new LineStart(0, i + 1)));
        int end = i + 1;
        while (end < lines.size() && continues(lines.get(end)) && !SETEXT.matcher(lines.get(end)).matches()) {
            text.append(text.length() == 0 ? "" : " ");
            starts.add(new LineStart(text.length(), end + 1));
            text.append(clean(lines.get(end)));
            end++;
        }
        String raw = String.join("\n", lines.subList(i, end));
        blocks.add(new SourceBlock(kind, text.toString(), i + 1, 0, number, raw, starts));
        return end;
    }

    private static int readParagraph(List<String> lines, int i, List<SourceBlock> blocks) {
        StringBuilder text = new StringBuilder(clean(lines.get(i)));
        List<LineStart> starts = new ArrayList<>(List.of(new LineStart(0, i + 1)));
        int end = i + 1;
        while (end < lines.size() && continues(lines.get(end))) {
            Matcher setext = SETEXT.matcher(lines.get(end));
            if (setext.matches()) {
                int level = setext.group(1).startsWith("=") ? 1 : 2;
                String raw = String.join("\n", lines.subList(i, end + 1));
                blocks.add(new SourceBlock(Kind.HEADING, text.toString(), i + 1, level, 0, raw, starts));
                return end + 1;
            }
            text.append(' ');
            starts.add(new LineStart(text.length(), end + 1));
            text.append(clean(lines.get(end)));
            end++;
        }
        String raw = String.join("\n", lines.subList(i, end));
        blocks.add(new SourceBlock(Kind.PARAGRAPH, text.toString(), i + 1, 0, 0, raw, starts));
        return end;
    }

    /** Whether a line goes on with the block above it rather than starting a block of its own. */
    private static boolean continues(String line) {
        return !line.isBlank() && !HEADING.matcher(line).matches() && !FENCE.matcher(line).find()
                && !TABLE_ROW.matcher(line).matches() && !NUMBERED.matcher(line).matches()
                && !BULLET.matcher(line).matches() && !isContentsEntry(line)
                && !(isRule(line) && !SETEXT.matcher(line).matches());
    }

    /**
     * Whether a line is a contents entry: a title, leaders (three dots or more, an ellipsis or a tab)
     * and a page number. The regex once began with {@code \\s*} before a lazy {@code (.+?)}, which made
     * a deeply indented line cubic (a 300-level nested list took minutes); a line without line breaks
     * matches that regex exactly when it matches this one, as the title may take the indentation. A line
     * with no leader or no number at its end, or longer than {@value #MAX_CONTENTS_ENTRY} characters,
     * is not tried.
     */
    static boolean isContentsEntry(String line) {
        if (line.length() > MAX_CONTENTS_ENTRY || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            return false;
        }
        String end = line.stripTrailing();
        if (end.isEmpty() || !(Character.isDigit(end.charAt(end.length() - 1)) || "ivxlcdm".indexOf(end.charAt(end.length() - 1)) >= 0)
                || line.indexOf('.') < 0 && line.indexOf('…') < 0 && line.indexOf('\t') < 0) {
            return false;
        }
        return CONTENTS.matcher(line).matches();
    }

    /**
     * Whether a line is a thematic break: up to three spaces, then three or more of one of {@code - * _},
     * with blanks between — the regex {@code ^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$}, read by hand because
     * that regex recursed once per mark and overflowed the stack on a long line of dashes.
     */
    static boolean isRule(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        if (i == line.length() || "-*_".indexOf(line.charAt(i)) < 0) {
            return false;
        }
        char mark = line.charAt(i);
        int marks = 0;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == mark) {
                marks++;
            } else if (!WordCount.isSpace(c)) {
                return false;
            }
        }
        return marks >= 3;
    }

    /** A line's text without its indentation and without a hard line break at its end. */
    private static String clean(String line) {
        String t = line.strip();
        return t.endsWith("\\") && !t.endsWith("\\\\") ? t.substring(0, t.length() - 1).strip() : t;
    }
}
