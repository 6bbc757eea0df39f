package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.edition.ingest.importer.WordCount;

/**
 * What the lines of a dump say about its layout as a whole.
 *
 * @param blankAfterEveryLine   whether nearly every line is followed by a blank line, so that blank
 *                              lines carry no paragraph signal
 * @param blanksSeparateBlocks  whether blank lines separate paragraphs (single-spaced text with a blank
 *                              line between paragraphs)
 * @param width                 the typical length of a full body line, in characters
 */
public record LineProfile(boolean blankAfterEveryLine, boolean blanksSeparateBlocks, int width) {

    /** Measures the lines from 1 to {@code lastLine}. */
    public static LineProfile of(SourceLines lines, int lastLine) {
        int nonBlank = 0;
        int followedByOneBlank = 0;
        int adjacent = 0;
        int gaps = 0;
        List<Integer> lengths = new ArrayList<>();
        for (int n = 1; n <= lastLine; n++) {
            SourceLine line = lines.get(n);
            if (line.blank()) {
                continue;
            }
            nonBlank++;
            if (WordCount.of(line.text()) >= 4) {
                lengths.add(line.length());
            }
            boolean nextBlank = n + 1 <= lines.size() && lines.get(n + 1).blank();
            boolean nextNextText = n + 2 <= lines.size() && !lines.get(n + 2).blank();
            if (nextBlank && nextNextText) {
                followedByOneBlank++;
            }
            if (nextBlank && n + 1 <= lastLine) {
                gaps++;
            }
            if (n + 1 <= lastLine && !lines.get(n + 1).blank()) {
                adjacent++;
            }
        }
        boolean everyLine = nonBlank >= 10 && adjacent <= nonBlank * 0.15 && followedByOneBlank >= nonBlank * 0.7;
        boolean separate = !everyLine && gaps * 40 >= nonBlank;
        return new LineProfile(everyLine, separate, percentile(lengths, 0.9));
    }

    private static int percentile(List<Integer> values, double p) {
        if (values.isEmpty()) {
            return 70;
        }
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
    }

    /** Whether a line is short enough to be the last line of a paragraph rather than a wrapped one. */
    public boolean isShort(SourceLine line) {
        return line.length() <= width * 0.8;
    }
}
