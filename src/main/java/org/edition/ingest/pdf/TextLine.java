package org.edition.ingest.pdf;

import java.util.List;

/**
 * One line of a page, or one piece of a line where a wide gap splits it (a side heading beside the
 * text, the cells of a table, the columns of a page).
 *
 * @param page     the page's 1-based position in the file
 * @param x0       left edge
 * @param x1       right edge
 * @param baseline the baseline of the line's main text
 * @param size     the size most of its characters are set in, superscripts aside
 * @param runs     the runs, left to right
 * @param order    the position of its first character in the content stream
 */
record TextLine(int page, float x0, float x1, float baseline, float size, List<Run> runs, int order) {

    TextLine {
        runs = List.copyOf(runs);
    }

    /** The line's text, runs joined. */
    String text() {
        StringBuilder s = new StringBuilder();
        for (Run r : runs) {
            s.append(r.text());
        }
        return s.toString().strip();
    }

    /** The top of the line's main text (baseline less the size). */
    float top() {
        return baseline - size;
    }

    /** Whether most of its letters are set in bold. */
    boolean bold() {
        int bold = 0;
        int all = 0;
        for (Run r : runs) {
            int n = letters(r.text());
            all += n;
            bold += r.bold() ? n : 0;
        }
        return all > 0 && bold * 2 > all;
    }

    /** Whether most of its letters are set in italic. */
    boolean italic() {
        int italic = 0;
        int all = 0;
        for (Run r : runs) {
            int n = letters(r.text());
            all += n;
            italic += r.italic() ? n : 0;
        }
        return all > 0 && italic * 2 > all;
    }

    /** Whether the line opens with a raised run (a note number set as a superscript). */
    boolean opensRaised() {
        return !runs.isEmpty() && runs.get(0).raised() && !runs.get(0).text().isBlank();
    }

    /** The number of non-blank characters. */
    int length() {
        int n = 0;
        for (Run r : runs) {
            for (int i = 0; i < r.text().length(); i++) {
                n += Character.isWhitespace(r.text().charAt(i)) ? 0 : 1;
            }
        }
        return n;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isLetterOrDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
