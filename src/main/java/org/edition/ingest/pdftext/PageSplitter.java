package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where the pages of the original begin: at form feeds (pdftotext), or, in dumps without form
 * feeds, at lines indented by a single space when body lines otherwise are not indented (dumps made
 * for reading). Dumps without either signal are split later at their running heads (see
 * {@link RunningHeadDetector#pageStarts}).
 */
public final class PageSplitter {
    private static final int SMALLEST_PAGE = 3;

    /**
     * Splits the lines into pages by the signals in the text itself.
     *
     * @param lines   the source
     * @param profile its spacing
     * @return the pages; one page if the text shows no page breaks
     */
    public List<Page> split(SourceLines lines, LineProfile profile) {
        List<Integer> starts = formFeedStarts(lines);
        if (starts.size() < 2) {
            starts = indentStarts(lines, profile);
        }
        return atStarts(starts, lines.size());
    }

    /** Pages beginning at the given lines (the first page always begins at line 1). */
    public static List<Page> atStarts(List<Integer> starts, int lastLine) {
        List<Integer> sorted = new ArrayList<>();
        sorted.add(1);
        starts.stream().filter(s -> s > 1 && s <= lastLine).sorted().distinct().forEach(sorted::add);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            int last = i + 1 < sorted.size() ? sorted.get(i + 1) - 1 : lastLine;
            pages.add(Page.unnumbered(i, sorted.get(i), last));
        }
        return pages;
    }

    static List<Integer> formFeedStarts(SourceLines lines) {
        List<Integer> starts = new ArrayList<>();
        starts.add(1);
        for (SourceLine line : lines.all()) {
            if (line.formFeed() && line.number() > 1 && lines.nextNonBlank(line.number() - 1) != 0) {
                starts.add(line.number());
            }
        }
        return starts;
    }

    static List<Integer> indentStarts(SourceLines lines, LineProfile profile) {
        List<Integer> candidates = new ArrayList<>();
        int nonBlank = 0;
        for (SourceLine line : lines.all()) {
            if (line.blank()) {
                continue;
            }
            nonBlank++;
            if (line.number() > 1 && line.indent() == 1 && !line.text().matches("\\d{1,4}")) {
                candidates.add(line.number());
            }
        }
        boolean enough = candidates.size() >= (profile.blankAfterEveryLine() ? 1 : 3);
        if (!enough || candidates.size() * 10 > nonBlank) {
            return List.of(1);
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(1);
        starts.addAll(candidates);
        return withoutTinyPages(lines, starts);
    }

    /** Drops page starts that would make a page of one or two lines: a fragment, not a page. */
    private static List<Integer> withoutTinyPages(SourceLines lines, List<Integer> starts) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : lines.size() + 1;
            int count = 0;
            for (int n = starts.get(i); n < end; n++) {
                count += lines.get(n).blank() ? 0 : 1;
            }
            if (count >= SMALLEST_PAGE || i == 0 || i == starts.size() - 1) {
                kept.add(starts.get(i));
            }
        }
        return kept;
    }
}
