package org.edition.ingest.pdfmarkdown;

import java.util.List;
import java.util.Locale;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;
import org.edition.ingest.pdfmarkdown.SourceBlock.Kind;

/**
 * Numbers the original's pages. The importer sees a page end only where a note block (or a page rule)
 * stands, so it counts pages from the start of the body; a contents list that gives a section's page
 * anchors the count (the page on which that section's heading stands has the listed number). Without an
 * anchor the body's first page is numbered 1, a guess recorded for the editor. Entries that disagree with
 * the count are reported: a page without notes leaves no trace, and the count falls behind.
 */
final class PageNumbers {
    private PageNumbers() {
    }

    /**
     * The number of the body's first page.
     *
     * @param body     the body with its page ends
     * @param contents the entries of the dropped contents list, maybe none
     * @param log      receives the guess or the disagreements
     */
    static int firstPage(List<BodyPart> body, List<ContentsList.Entry> contents, ImportLog log) {
        Integer base = null;
        ContentsList.Entry anchor = null;
        int page = 0;
        for (BodyPart part : body) {
            if (part instanceof BodyPart.PageEnd) {
                page++;
                continue;
            }
            SourceBlock b = ((BodyPart.Text) part).block();
            if (!b.is(Kind.HEADING)) {
                continue;
            }
            for (ContentsList.Entry e : contents) {
                if (!e.page().matches("\\d+") || !key(e.title()).equals(key(b.text()))) {
                    continue;
                }
                int listed = Integer.parseInt(e.page());
                if (base == null) {
                    base = listed - page;
                    anchor = e;
                    log.info(e.line(), "pages numbered from the contents list: \"" + e.title() + "\" on page "
                            + listed);
                } else if (base + page != listed) {
                    log.warn(b.line(), "the contents list puts \"" + e.title() + "\" on page " + listed
                            + ", the count of note blocks on page " + (base + page)
                            + ": a page without notes leaves no trace here");
                }
            }
        }
        if (anchor == null) {
            body.stream().filter(p -> p instanceof BodyPart.PageEnd).findFirst().ifPresent(p -> log.guessed(
                    Intervention.Kind.OTHER, ((BodyPart.PageEnd) p).line(),
                    "pages numbered from 1 at the start of the body: no contents list gives page numbers"));
            return 1;
        }
        return base;
    }

    /** A title reduced to its letters and digits, for matching a heading to a contents entry. */
    static String key(String title) {
        return title.replaceAll("(?i)<sup>.*?</sup>|\\[\\^[^\\]]*\\]", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
