package org.edition.ingest.pdftext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.edition.ingest.importer.ImportLog;

/**
 * Points the editor to text that may begin a new part without a printed heading: a page that ends
 * well short of a full page, at a sentence end, followed by a page that opens with running text. The
 * importer never invents a heading; it says where one may be missing.
 */
public final class MissingHeadingCheck {
    private static final double SHORT_PAGE = 0.6;

    /**
     * Checks the pages of the body.
     *
     * @param lines    the source
     * @param roles    line roles, with headings, pull quotes and furniture known
     * @param pages    the numbered pages
     * @param lastLine the last line of the body
     * @param log      where the places are noted, as information
     */
    public void check(SourceLines lines, LineRoles roles, List<Page> pages, int lastLine, ImportLog log) {
        List<Integer> counts = new ArrayList<>();
        for (Page page : pages) {
            counts.add(textLines(roles, page, lastLine).size());
        }
        List<Integer> sorted = new ArrayList<>(counts);
        Collections.sort(sorted);
        int median = sorted.get(sorted.size() / 2);
        for (int i = 0; i + 1 < pages.size(); i++) {
            List<Integer> here = textLines(roles, pages.get(i), lastLine);
            List<Integer> next = textLines(roles, pages.get(i + 1), lastLine);
            if (here.isEmpty() || next.isEmpty() || counts.get(i) >= median * SHORT_PAGE) {
                continue;
            }
            int last = here.get(here.size() - 1);
            int first = next.get(0);
            if (roles.get(last) == LineRole.BODY && Sentences.endsSentence(lines.get(last).text())
                    && roles.get(first) == LineRole.BODY) {
                log.info(first, "page " + pages.get(i + 1).label() + " opens with running text after a page left short:"
                        + " a new part may begin here without a printed heading");
            }
        }
    }

    private static List<Integer> textLines(LineRoles roles, Page page, int lastLine) {
        List<Integer> text = new ArrayList<>();
        for (int n = page.first(); n <= Math.min(page.last(), lastLine); n++) {
            LineRole role = roles.get(n);
            if (role == LineRole.BODY || role == LineRole.HEADING || role == LineRole.PULL_QUOTE || role == LineRole.SIDEBAR) {
                text.add(n);
            }
        }
        return text;
    }
}
