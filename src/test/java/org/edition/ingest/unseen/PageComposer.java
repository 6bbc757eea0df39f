package org.edition.ingest.unseen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Fills pages of a fixed number of lines with body lines, floating blocks (pull quotes set at the
 * foot of the page) and page-bottom footnotes. A line with a reference is kept on a page only if
 * at least two lines of its note fit below it; a note that does not fit continues at the foot of
 * the next page, whose footnote block then opens with continuation text.
 */
final class PageComposer {

    /** What a line of the stream is. */
    enum Kind { TEXT, BLANK, FLOAT, NEW_PAGE }

    /**
     * A line of the stream to be set.
     *
     * @param kind  text, blank separator, floating block or forced page break
     * @param lines the line's text (several for a floating block)
     * @param notes labels of the references on the line, whose notes go to the foot of its page
     * @param keepWithNext whether the line (of a heading) must not end a page: three more lines must fit after it
     */
    record Line(Kind kind, List<String> lines, List<String> notes, boolean keepWithNext) {
        Line {
            lines = List.copyOf(lines);
            notes = List.copyOf(notes);
        }

        static Line text(String text, List<String> notes) {
            return new Line(Kind.TEXT, List.of(text), notes, false);
        }

        static Line blank() {
            return new Line(Kind.BLANK, List.of(""), List.of(), false);
        }

        static Line floating(List<String> lines) {
            return new Line(Kind.FLOAT, lines, List.of(), false);
        }

        static Line newPage() {
            return new Line(Kind.NEW_PAGE, List.of(), List.of(), false);
        }

        /** The same line, marked to be kept with the lines after it. */
        Line keptWithNext() {
            return new Line(kind, lines, notes, true);
        }
    }

    /**
     * A set page.
     *
     * @param number            the page number, from 1
     * @param body              body lines, blank separators included
     * @param floats            lines of floating blocks, set after the body
     * @param footnotes         footnote lines, set at the foot
     * @param footnoteContinues whether the footnote block opens with the continuation of a note from the page before
     */
    record Page(int number, List<String> body, List<String> floats, List<String> footnotes, boolean footnoteContinues) {
    }

    private record NoteLine(String text, boolean first) {
    }

    private final int linesPerPage;
    private final int footnoteShare;
    private final Map<String, List<String>> footnotes;

    /**
     * @param linesPerPage  lines a page holds, body, floats and footnotes together
     * @param footnoteShare the largest share of a page, in per cent, that footnotes may take; the
     *                      rest of a note continues at the foot of the next page
     * @param footnotes     the set lines of each note by label; empty when the notes are endnotes
     */
    PageComposer(int linesPerPage, int footnoteShare, Map<String, List<String>> footnotes) {
        this.linesPerPage = linesPerPage;
        this.footnoteShare = footnoteShare;
        this.footnotes = footnotes;
    }

    /** Sets a stream of lines on pages. */
    List<Page> compose(List<Line> stream) {
        List<Page> pages = new ArrayList<>();
        Deque<NoteLine> pendingNotes = new ArrayDeque<>();
        List<String> pendingFloats = new ArrayList<>();
        PageBuilder page = new PageBuilder(1);
        for (Line line : stream) {
            switch (line.kind()) {
                case NEW_PAGE -> {
                    if (!page.isEmpty()) {
                        page = close(pages, page, pendingFloats);
                    }
                }
                case BLANK -> {
                    if (page.used() + 1 > linesPerPage) {
                        page = close(pages, page, pendingFloats);
                    } else if (!page.body.isEmpty() && !page.body.get(page.body.size() - 1).isEmpty()) {
                        page.body.add("");
                    }
                }
                case FLOAT -> {
                    if (page.used() + line.lines().size() <= linesPerPage) {
                        page.floats.addAll(line.lines());
                    } else {
                        pendingFloats.addAll(line.lines());
                    }
                }
                case TEXT -> {
                    List<NoteLine> noteLines = noteLines(line.notes());
                    if (!fits(page, line, noteLines, pendingNotes.size()) && !page.body.isEmpty()) {
                        page = close(pages, page, pendingFloats);
                    }
                    page.body.addAll(line.lines());
                    pendingNotes.addAll(noteLines);
                    while (!pendingNotes.isEmpty() && page.used() < linesPerPage && page.footnotes.size() < footnoteLimit()) {
                        page.addFootnote(pendingNotes.poll());
                    }
                }
            }
        }
        while (!pendingNotes.isEmpty()) {
            if (page.used() >= linesPerPage) {
                page = close(pages, page, pendingFloats);
            }
            page.addFootnote(pendingNotes.poll());
        }
        close(pages, page, pendingFloats);
        return pages;
    }

    /**
     * Whether a body line goes on the page: it must fit, a heading needs three lines after it, and
     * the notes it cites must start on this page, after whatever continues from before, with two
     * lines at least, within the footnote limit.
     */
    private boolean fits(PageBuilder page, Line line, List<NoteLine> noteLines, int pending) {
        int after = line.keepWithNext() ? 3 : 0;
        if (noteLines.isEmpty()) {
            return page.used() + 1 + after <= linesPerPage;
        }
        int start = Math.min(2, noteLines.size());
        boolean continuationDone = pending == 0 || page.body.isEmpty();
        return continuationDone && page.used() + 1 + after + pending + start <= linesPerPage
                && page.footnotes.size() + pending + start <= footnoteLimit();
    }

    private int footnoteLimit() {
        return linesPerPage * footnoteShare / 100;
    }

    private List<NoteLine> noteLines(List<String> labels) {
        List<NoteLine> lines = new ArrayList<>();
        for (String label : labels) {
            List<String> set = footnotes.getOrDefault(label, List.of());
            for (int i = 0; i < set.size(); i++) {
                lines.add(new NoteLine(set.get(i), i == 0));
            }
        }
        return lines;
    }

    private static PageBuilder close(List<Page> pages, PageBuilder page, List<String> pendingFloats) {
        while (!page.body.isEmpty() && page.body.get(page.body.size() - 1).isEmpty()) {
            page.body.remove(page.body.size() - 1);
        }
        pages.add(new Page(page.number, List.copyOf(page.body), List.copyOf(page.floats), List.copyOf(page.footnotes),
                page.footnoteContinues));
        PageBuilder next = new PageBuilder(page.number + 1);
        next.floats.addAll(pendingFloats);
        pendingFloats.clear();
        return next;
    }

    /** A page being filled. */
    private static final class PageBuilder {
        final int number;
        final List<String> body = new ArrayList<>();
        final List<String> floats = new ArrayList<>();
        final List<String> footnotes = new ArrayList<>();
        boolean footnoteContinues;

        PageBuilder(int number) {
            this.number = number;
        }

        int used() {
            return body.size() + floats.size() + footnotes.size();
        }

        boolean isEmpty() {
            return used() == 0;
        }

        void addFootnote(NoteLine line) {
            if (footnotes.isEmpty()) {
                footnoteContinues = !line.first();
            }
            footnotes.add(line.text());
        }
    }
}
