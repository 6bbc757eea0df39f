package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.importer.WordCount;

/**
 * Side headings in the margin column of a dump that kept the page's columns with spaces (pdftotext
 * {@code -layout}): the text of a page stands at one column, and a heading set in the left margin
 * shares its lines, apart by a run of spaces:
 * <pre>
 * Agencies Can Use        Federal agencies can use performance information to make various types
 *                         of management decisions to improve programs and results. We have
 * Performance             previously reported that leading organizations that have progressed toward
 * Information to Manage   results-oriented management use performance information as a basis for
 * </pre>
 * The margin's words are cut from those lines (a line of the heading with no text beside it is left
 * blank) and become one heading before the paragraph beside them, each recorded. Only pages whose running text stands at one column of its own (most lines of
 * prose start there) are read so; margin words that do not read as a title (a sentence, a "Source:"
 * line) stay where they are.
 */
final class SideHeadings {
    /** The least column the text may stand at for a margin to its left to hold headings. */
    private static final int LEAST_COLUMN = 12;
    /** How many lines of a page must start at the text's column. */
    private static final int LEAST_LINES = 6;
    /** How many lines without margin words may stand between the lines of one side heading. */
    private static final int GAP = 2;
    private static final int MOST_WORDS = 20;

    /** The lines with the margins cut off, and the side headings found, by the line they start on. */
    record Result(SourceLines lines, Map<Integer, HeadingDetector.Found> headings) {
    }

    Result detect(SourceLines lines, List<Page> pages, ImportLog log) {
        Map<Integer, HeadingDetector.Found> found = new TreeMap<>();
        for (Page page : pages) {
            int column = textColumn(lines, page);
            if (column == 0) {
                continue;
            }
            List<Integer> group = new ArrayList<>();
            List<String> words = new ArrayList<>();
            int last = -GAP - 1;
            for (int n = page.first(); n <= page.last() + 1; n++) {
                String margin = n <= page.last() ? margin(lines.get(n), column) : null;
                if (margin == null && n - last <= GAP && n <= page.last()) {
                    continue;
                }
                if (!group.isEmpty() && (margin == null || n - last > GAP)) {
                    lines = take(lines, group, words, column, found, log);
                    group.clear();
                    words.clear();
                }
                if (margin != null) {
                    group.add(n);
                    words.add(margin);
                    last = n;
                }
            }
        }
        return new Result(lines, found);
    }

    /** The column most of the page's running text starts at, if there is one to the right of a margin; else 0. */
    private static int textColumn(SourceLines lines, Page page) {
        Map<Integer, Integer> starts = new TreeMap<>();
        int prose = 0;
        for (int n = page.first(); n <= page.last(); n++) {
            SourceLine line = lines.get(n);
            if (!line.blank() && line.indent() >= LEAST_COLUMN) {
                starts.merge(line.indent(), 1, Integer::sum);
            }
        }
        int column = starts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        int at = starts.getOrDefault(column, 0);
        for (int n = page.first(); n <= page.last(); n++) {
            SourceLine line = lines.get(n);
            String t = line.text();
            prose += line.indent() == column && t.length() >= 45 && !Character.isDigit(t.charAt(t.length() - 1)) ? 1 : 0;
        }
        return at >= LEAST_LINES && prose * 10 >= at * 6 ? column : 0;
    }

    /** The words a line holds in the margin before the text's column, apart from the text by spaces; or null. */
    private static String margin(SourceLine line, int column) {
        if (line.blank() || line.indent() >= column - 1) {
            return null;
        }
        String t = line.text();
        int at = column - line.indent();
        if (t.length() <= at - 2) {
            return Character.isLetter(t.codePointAt(0)) ? t : null;
        }
        if (t.length() <= at) {
            return null;
        }
        if (at < 2 || t.charAt(at - 1) != ' ' || t.charAt(at - 2) != ' ' || t.charAt(at) == ' ') {
            return null;
        }
        String margin = t.substring(0, at).strip();
        return margin.isEmpty() || !Character.isLetter(margin.codePointAt(0)) ? null : margin;
    }

    /** Cuts a group of margin words off their lines if they read as a title, and makes them a heading. */
    private static SourceLines take(SourceLines lines, List<Integer> group, List<String> words, int column,
            Map<Integer, HeadingDetector.Found> found, ImportLog log) {
        String title = String.join(" ", words);
        boolean besideText = false;
        for (int n : group) {
            besideText |= lines.get(n).text().length() > column - lines.get(n).indent();
        }
        if (!besideText || !Character.isUpperCase(title.codePointAt(0)) || WordCount.of(title) > MOST_WORDS
                || title.endsWith(".") || title.endsWith(":") || title.contains(":")) {
            return lines;
        }
        int first = group.get(0);
        for (int n : group) {
            SourceLine line = lines.get(n);
            int cut = Math.min(line.text().length(), column - line.indent());
            lines = lines.withText(n, line.text().substring(cut).strip(), column);
        }
        TextRun run = TextRun.of(title, first);
        found.put(first, new HeadingDetector.Found(List.of(first), new Block.Heading(2, run)));
        log.did(Intervention.Kind.HEADING_FROM_MARGIN, first, title);
        return lines;
    }
}
