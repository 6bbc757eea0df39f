package org.edition.ingest.pdftext;

import java.util.List;

/**
 * What stands around a body line, seen past what a page break drags in (running heads, page
 * numbers, footnotes): whether the text before it has ended, which line carries on the same block,
 * and whether a paragraph begins after it. The questions a reader asks to see a heading.
 */
final class BodyNeighbours {
    private final SourceLines lines;
    private final LineRoles roles;
    private final List<Page> pages;
    private final LineProfile profile;

    /**
     * @param lines   the source
     * @param roles   line roles as known so far
     * @param pages   the pages
     * @param profile spacing and width
     */
    BodyNeighbours(SourceLines lines, LineRoles roles, List<Page> pages, LineProfile profile) {
        this.lines = lines;
        this.roles = roles;
        this.pages = pages;
        this.profile = profile;
    }

    /**
     * Whether the text before line {@code n} has ended: there is none, it is not body text, it ends a
     * sentence or a clause introducing what follows ({@code :}), it lies on another page, or (where
     * blank lines separate blocks) it is a short line with a blank line after it, the visible end of a
     * block.
     */
    boolean followsEndedText(int n) {
        int before = lines.previousNonBlank(n);
        if (before == 0 || !roles.isBody(before)) {
            return true;
        }
        String text = lines.get(before).text();
        if (Sentences.endsSentence(text) || text.endsWith(":") || !samePage(before, n)) {
            return true;
        }
        return profile.blanksSeparateBlocks() && before < n - 1 && profile.isShort(lines.get(before));
    }

    /**
     * The line that carries on the block of line {@code n}: the next body line right below it (past
     * one blank line where a blank follows every line), or, if {@code n} is the last body line of its
     * page, the first body line of the next page; 0 if the block ends at {@code n}.
     */
    int nextInBlock(int n) {
        int next = nextBody(n);
        if (next == 0) {
            return 0;
        }
        if (!samePage(n, next)) {
            return pageIndex(next) == pageIndex(n) + 1 ? next : 0;
        }
        int gap = profile.blankAfterEveryLine() ? 2 : 1;
        boolean onlyBlanks = lines.nextNonBlank(n) == next;
        return onlyBlanks && next - n <= gap ? next : 0;
    }

    /** Whether what follows line {@code n} in the body opens a paragraph (or nothing follows). */
    boolean paragraphFollows(int n) {
        int next = nextBody(n);
        return next == 0 || Sentences.startsSentence(lines.get(next).text());
    }

    /** The next body line after {@code n}, past blank lines and page furniture and footnotes; 0 if none. */
    int nextBody(int n) {
        for (int m = n + 1; m <= lines.size(); m++) {
            LineRole role = roles.get(m);
            if (role == LineRole.BODY) {
                return m;
            }
            if (role != LineRole.BLANK && role != LineRole.RUNNING_HEAD && role != LineRole.PAGE_NUMBER
                    && role != LineRole.FOOTNOTE) {
                return 0;
            }
        }
        return 0;
    }

    /** Whether line {@code n} is the first body line of its page. */
    boolean firstOnPage(int n) {
        int before = lines.previousNonBlank(n);
        while (before > 0 && !roles.isBody(before) && roles.get(before) != LineRole.HEADING) {
            before = lines.previousNonBlank(before);
        }
        return before == 0 || !samePage(before, n);
    }

    private boolean samePage(int a, int b) {
        return pageIndex(a) == pageIndex(b);
    }

    private int pageIndex(int line) {
        for (Page page : pages) {
            if (page.holds(line)) {
                return page.index();
            }
        }
        return -1;
    }
}
