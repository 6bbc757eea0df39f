package org.edition.ingest.pdf;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.edition.ingest.contents.ContentsLine;
import org.edition.ingest.metadata.FoundMetadata;
import org.edition.ingest.importer.ImportLog;
import org.edition.ingest.importer.Intervention;

/**
 * Recognises the pages before the text: a cover (a first page with little text in the body size,
 * whose largest lines are the title) and contents pages (pages whose lines mostly end in leaders
 * and a page number). The edition makes its own contents, and the cover's title becomes metadata.
 */
final class FrontPages {
    private static final Pattern NUMBER = Pattern.compile("^[0-9ivxlc]{1,4}$");
    /** Fewer characters than this in the body size are no running text (two or three short lines). */
    private static final int RUNNING_TEXT = 150;
    private final Map<TextLine, Boolean> removed = new IdentityHashMap<>();
    private FoundMetadata found = FoundMetadata.NONE;

    /** Looks at the first pages. */
    void read(List<List<TextLine>> pages, TypographicProfile profile, ImportLog log) {
        if (pages.isEmpty()) {
            return;
        }
        List<TextLine> first = pages.get(0);
        int chars = first.stream().mapToInt(TextLine::length).sum();
        int body = first.stream().filter(profile::bodySized).mapToInt(TextLine::length).sum();
        if (pages.size() > 1 && !first.isEmpty() && (body * 4 < chars || body < RUNNING_TEXT)) {
            float largest = (float) first.stream().mapToDouble(TextLine::size).max().orElse(0);
            String title = first.stream().filter(l -> l.size() >= largest - 0.5f)
                    .sorted(Comparator.comparingDouble(TextLine::baseline))
                    .map(TextLine::text).collect(Collectors.joining(" "));
            found = new FoundMetadata(title, "", List.of(), "", "");
            for (TextLine line : first) {
                removed.put(line, true);
                log.did(Intervention.Kind.FRONT_MATTER_READ, 1, line.text());
            }
        }
        int limit = Math.max(3, pages.size() / 3);
        int contents = -2;
        for (int p = 0; p < Math.min(limit, pages.size()); p++) {
            List<TextLine> page = pages.get(p);
            long leaders = page.stream().filter(l -> ContentsLine.isDotted(l.text())).count();
            long numbers = page.stream().filter(l -> NUMBER.matcher(l.text()).find()).count();
            boolean titled = page.stream().anyMatch(l -> ContentsLine.isHeading(l.text()));
            if (titled && leaders + numbers >= 3 || leaders >= 5 && leaders * 10 >= page.size() * 3) {
                page.forEach(l -> removed.put(l, false));
                log.did(Intervention.Kind.CONTENTS_DROPPED, p + 1, "contents on page " + (p + 1));
                contents = p;
            } else if (titled && contents == p - 1) {
                dropUntilHeading(page, profile);
                log.did(Intervention.Kind.CONTENTS_DROPPED, p + 1, "contents go on on page " + (p + 1));
            }
        }
    }

    /** On a page where the contents go on: the lines above the first heading after them. */
    private void dropUntilHeading(List<TextLine> page, TypographicProfile profile) {
        List<TextLine> byY = page.stream().sorted(Comparator.comparingDouble(TextLine::baseline)).toList();
        for (TextLine l : byY) {
            boolean heading = (l.bold() || l.size() > profile.body() + 1f) && profile.body() <= l.size()
                    && !ContentsLine.isHeading(l.text());
            if (heading) {
                return;
            }
            removed.put(l, false);
        }
    }

    /** Whether a line belongs to the cover or the contents. */
    boolean has(TextLine line) {
        return removed.containsKey(line);
    }

    /** The metadata read on the cover. */
    FoundMetadata found() {
        return found;
    }
}
